using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// What counts as a failure: an HTTP 5xx; no answer in time (the server stalled) or none at all;
/// an error with <c>extensions.code</c> INTERNAL_ERROR; a stack trace or exception details in an
/// error; an answer of the GraphQL endpoint that is not a JSON GraphQL response. Refusals (405,
/// 406, 413, 415 …) must carry a JSON error body too. The only answers allowed without one are
/// those HTTP forbids a body in (HEAD, 204, 304) and the redirect of a browser's page load to the
/// IDE (a GET asking for text/html without a query). A body over the size limit may be refused
/// before it is read, with the connection closed (RFC 9110, 413): when the client fails while
/// still writing it, that is not the server's fault.
/// </summary>
public static class FuzzOracle
{
    public const string InternalError = "INTERNAL_ERROR";

    /// <summary>The server's default body limit (<c>OpenCity:GraphQL:Http:MaxRequestBytes</c>).</summary>
    public const int MaxRequestBytes = 1_048_576;

    private static readonly string[] StackTraceMarkers = ["   at ", ".cs:line", "Exception:", "--- End of", "System.Private.CoreLib"];

    private static readonly string[] JsonMediaTypes = ["application/json", "application/graphql-response+json"];

    /// <summary>The problems of one answer, and the error codes it carried.</summary>
    public static (IReadOnlyList<FuzzProblem> Problems, IReadOnlyList<string> Codes) Judge(FuzzRequest request, FuzzResponse response)
    {
        var problems = new List<FuzzProblem>();
        var codes = new List<string>();
        if (response.TimedOut)
        {
            return ([new("no answer in time (the server stalled)", $"nothing after {response.Elapsed.TotalSeconds:0} s")], codes);
        }

        if (response.TransportError is { } transport)
        {
            return (request.Body?.Length > MaxRequestBytes ? [] : [new("no HTTP answer", transport)], codes);
        }

        if (response.Status >= 500)
        {
            problems.Add(new($"HTTP {response.Status}", string.Empty));
        }

        if (MayHaveNoBody(request, response))
        {
            return (problems, codes);
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(response.Body, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException)
        {
            problems.Add(new($"HTTP {response.Status} answer is not JSON", $"{response.ContentType ?? "no Content-Type"}, {response.Body.Length} bytes: {FuzzRequest.Truncate(response.BodyText, 120)}"));
            return (problems, codes);
        }

        if (!JsonMediaTypes.Any(type => response.ContentType?.StartsWith(type, StringComparison.OrdinalIgnoreCase) == true))
        {
            problems.Add(new($"HTTP {response.Status} JSON answer labelled {response.ContentType ?? "with no Content-Type"}", string.Empty));
        }

        if (root is not JsonObject answer || !(answer.ContainsKey("data") || answer.ContainsKey("errors")))
        {
            problems.Add(new($"HTTP {response.Status} answer is not a GraphQL response", FuzzRequest.Truncate(response.BodyText, 120)));
            return (problems, codes);
        }

        foreach (var error in answer["errors"] as JsonArray ?? [])
        {
            var code = error?["extensions"]?["code"]?.ToString();
            codes.Add(code ?? "(no code)");
            var message = error?["message"]?.ToString() ?? string.Empty;
            if (code == InternalError)
            {
                problems.Add(new(InternalError, FuzzRequest.Truncate(message, 200)));
            }

            if (error?["extensions"]?["details"] is { } details)
            {
                problems.Add(new($"exception details exposed ({code})", FuzzRequest.Truncate(details.ToString(), 200)));
            }
        }

        foreach (var text in Strings(answer["errors"]).Concat(Strings(answer["extensions"])))
        {
            if (StackTraceMarkers.FirstOrDefault(marker => text.Contains(marker, StringComparison.Ordinal)) is { } marker)
            {
                var at = Math.Max(0, text.IndexOf(marker, StringComparison.Ordinal) - 60);
                problems.Add(new("stack trace in the answer", $"\"{marker.Trim()}\" in …{FuzzRequest.Truncate(text[at..], 200)}"));
                break;
            }
        }

        return (problems, codes);
    }

    private static bool MayHaveNoBody(FuzzRequest request, FuzzResponse response) =>
        request.Method == "HEAD"
        || response.Status is 204 or 304
        || response.Status is >= 300 and < 400 && request.Method == "GET" && response.Location?.StartsWith(FuzzRequest.Path + "/", StringComparison.Ordinal) == true;

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
        _ => [],
    };
}
