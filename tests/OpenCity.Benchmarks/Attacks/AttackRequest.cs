using System.Text;
using System.Text.Json.Nodes;

namespace OpenCity.Benchmarks.Attacks;

/// <summary>One HTTP request to <c>/graphql</c>, serialized before the clock starts so that only the server's work is timed.</summary>
/// <param name="Method">POST for GraphQL, OPTIONS for a CORS preflight.</param>
/// <param name="Body">The JSON body, or null.</param>
/// <param name="Headers">Headers beyond the content type.</param>
public sealed record AttackRequest(HttpMethod Method, byte[]? Body, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>A GraphQL POST asking for <c>application/graphql-response+json</c>, as the README's clients do.</summary>
    public static AttackRequest Post(string query, JsonObject? variables = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null)
        {
            body["variables"] = variables;
        }

        return new AttackRequest(
            HttpMethod.Post,
            Encoding.UTF8.GetBytes(body.ToJsonString()),
            new Dictionary<string, string> { ["Accept"] = "application/graphql-response+json" });
    }

    /// <summary>A request without a body, e.g. a browser's CORS preflight.</summary>
    public static AttackRequest Bodiless(HttpMethod method, IReadOnlyDictionary<string, string> headers) => new(method, null, headers);
}
