using System.Text;

namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// Requests that are wrong at the HTTP level: Content-Type and Accept headers, invalid UTF-8,
/// truncated or non-object JSON, members of the wrong JSON type, batches, oversized bodies (with a
/// length and chunked), GETs with bad URL parameters, unsupported methods.
/// </summary>
public sealed class HttpFaultGenerator(FuzzRandom random, Func<FuzzOperation> operation)
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    private static readonly string?[] ContentTypes =
    [
        null, "text/plain", "application/graphql", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json; charset=latin1",
        "application/json; charset=utf-16", ";;;", "application/json; charset=\"utf-8\"", "APPLICATION/JSON", "application/json;charset=UTF-8", "application/jsonx",
        GraphQLResponse, "*/*", "application/json, text/plain", "application/json; charset=", "application/json; foo=bar", "",
    ];

    private static readonly string[] Accepts =
    [
        "text/html", "application/xml", "*/*", "", "application/*", "text/*", ";;;", "application/json;q=0", $"{GraphQLResponse};q=0, {Json};q=0",
        "application/json; charset=utf-16", "image/png, */*;q=0.1", $"{GraphQLResponse};q=abc", "application/graphql-response+json;q=0.5, application/json;q=0.9",
        "text/html, application/json;q=0.1", "application/graphql-response+json; charset=utf-8", "*/*;q=0", "application/json, application/json",
    ];

    private static readonly string[] NotObjects =
    [
        "1", "\"query\"", "null", "true", "[]", "{}", "   ", "", "{\"query\": \"{ __typename }\"} trailing", "{\"query\": \"{ __typename }\",}",
        "{'query': '{ __typename }'}", "{\"query\": \"{ __typename }\"}{}", "\u0000", "{\"query\": \"{ __typename }\"", "{\"query\" \"x\"}", "{\"query\": \"\\x\"}",
        "{\"query\": \"{ __typename }\", \"query\": \"{ city { code } }\"}", "{\"query\": \"{ __typename }\", \"unknown\": 1}", "1e400", "-", "[{}]",
    ];

    private static readonly string[] WrongMembers =
    [
        "\"query\": 1", "\"query\": []", "\"query\": {}", "\"query\": null", "\"query\": true", "\"query\": \"\"", "\"query\": \"{ __typename }\", \"variables\": [1]",
        "\"query\": \"{ __typename }\", \"variables\": \"x\"", "\"query\": \"{ __typename }\", \"variables\": 1", "\"query\": \"{ __typename }\", \"variables\": \"{}\"",
        "\"query\": \"{ __typename }\", \"variables\": null", "\"query\": \"{ __typename }\", \"operationName\": 1", "\"query\": \"{ __typename }\", \"operationName\": []",
        "\"query\": \"{ __typename }\", \"extensions\": \"x\"", "\"query\": \"{ __typename }\", \"extensions\": [1]", "\"query\": \"{ __typename }\", \"variables\": {\"a\": 1e400}",
        "\"query\": \"{ __typename }\", \"variables\": {\"a\": 99999999999999999999999}", "\"Query\": \"{ __typename }\"", "\"query\": \"{ __typename }\", \"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"x\"}}",
        "\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38\"}}", "\"query\": \"{ __typename }\", \"variables\": {\"\": null}",
    ];

    private static readonly string[] BadQueryStrings =
    [
        "", "?", "?query=", "?query=%", "?query=%ZZ", "?query=%C3%28", "?query=%FF%FE", "?query=%7B__typename%7D&query=%7B__typename%7D", "?query=%7B__typename%7D&variables=not%20json",
        "?query=%7B__typename%7D&variables=%5B1%5D", "?query=%7B__typename%7D&variables=%22x%22", "?query=%7B__typename%7D&variables=null", "?query=%7B__typename%7D&extensions=1",
        "?query=%7B__typename%7D&operationName=", "?query=mutation%7B__typename%7D", "?query=subscription%7Bx%7D", "?QUERY=%7B__typename%7D", "?query[]=x", "?query=%00",
        "?query=+%7B+__typename+%7D", "?query=%7B__typename%7D&variables=%7B%22a%22%3A1e400%7D", "?query=%7B__typename%7D&variables=%7B", "?query=%7B__typename%7D&&&",
        "?query=%7B__typename%7D&variables=%7B%7D&variables=%7B%7D", "?query=query%20A%7B__typename%7Dquery%20B%7B__typename%7D&operationName=C", "?query=%ED%A0%80",
        "?variables=%7B%7D", "?query=%7B__typename%7D#fragment", "?query=%23comment", "?query=%7B%20city%20%7B%20code%20%7D%20%7D&operationName=%00",
    ];

    private static readonly string[] Methods = ["PUT", "DELETE", "OPTIONS", "PATCH", "HEAD", "TRACE", "FOO", "OPTIONS"];

    public FuzzRequest Request() => random.Between(0, 10) switch
    {
        0 => Post("content-type", random.Pick(ContentTypes), GraphQLResponse, Body()),
        1 => Post("accept", Json, random.Pick(Accepts), Body()),
        2 => Post("invalid-utf8", Json, AnyAccept(), InvalidUtf8(Body())),
        3 => Post("not-an-object", Json, AnyAccept(), random.Chance(0.5) ? Encoding.UTF8.GetBytes(random.Pick(NotObjects)) : Truncated(Body())),
        4 => Post("wrong-member-type", Json, AnyAccept(), Encoding.UTF8.GetBytes("{" + random.Pick(WrongMembers) + "}")),
        5 => Post("batch", Json, AnyAccept(), Batch()),
        6 => Oversized(),
        7 => new FuzzRequest("get-bad-parameters", "GET", FuzzRequest.Path + random.Pick(BadQueryStrings), null, random.Chance(0.2) ? "text/html" : AnyAccept(), null),
        8 => Method(),
        9 => Post("chunked", Json, AnyAccept(), Body()) with { Chunked = true },
        _ => Post("extra-headers", Json, AnyAccept(), Body()) with { Headers = [random.Pick<KeyValuePair<string, string>>([new("Content-Encoding", "gzip"), new("Content-Encoding", "br"), new("Expect", "100-continue"), new("Origin", "https://example.org"), new("X-Forwarded-For", "::1, ::1"), new("Authorization", "Bearer nope"), new("X-Api-Key", "nope")])] },
    };

    private byte[] Body() => GraphQLRequestEncoder.Body(operation());

    private string? AnyAccept() => random.Weighted<string?>((0.5, GraphQLResponse), (0.25, Json), (0.15, null), (0.1, "*/*"));

    private static FuzzRequest Post(string kind, string? contentType, string? accept, byte[] body) =>
        new("http-" + kind, "POST", FuzzRequest.Path, contentType, accept, body);

    private byte[] InvalidUtf8(byte[] body)
    {
        byte[][] sequences = [[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0xEF, 0xBB, 0xBF]];
        var bad = random.Pick(sequences);
        if (random.Chance(0.2))
        {
            return [.. bad, .. body]; // before the JSON (a BOM is one of them)
        }

        // Inside the query string's value, after `{"query":"`.
        var at = Math.Min(body.Length, 10 + random.Between(0, 5));
        return [.. body.AsSpan(0, at), .. bad, .. body.AsSpan(at)];
    }

    private byte[] Truncated(byte[] body) => body[..random.Between(0, Math.Max(0, body.Length - 1))];

    private byte[] Batch()
    {
        var items = random.Between(0, 3);
        var json = string.Join(",", Enumerable.Range(0, items).Select(_ => random.Chance(0.8) ? GraphQLRequestEncoder.Json(operation()) : random.Pick(["1", "[]", "null"])));
        return Encoding.UTF8.GetBytes($"[{json}]");
    }

    /// <summary>A body just over the limit, or well over, with a Content-Length or chunked.</summary>
    private FuzzRequest Oversized()
    {
        var size = random.Weighted((0.6, FuzzOracle.MaxRequestBytes + random.Between(1, 1000)), (0.3, FuzzOracle.MaxRequestBytes * 2), (0.1, FuzzOracle.MaxRequestBytes - 200));
        var body = random.Chance(0.5)
            ? "{\"query\":\"{ __typename }\",\"padding\":\"" + new string('x', size) + "\"}"
            : "{\"query\":\"{ __typename }\\n#" + new string('x', size) + "\"}";
        return Post("oversized", Json, AnyAccept(), Encoding.UTF8.GetBytes(body)) with { Chunked = random.Chance(0.4) };
    }

    private FuzzRequest Method()
    {
        var method = random.Pick(Methods);
        var preflight = method == "OPTIONS" && random.Chance(0.5);
        KeyValuePair<string, string>[] headers = preflight
            ? [new("Origin", "https://example.org"), new("Access-Control-Request-Method", "POST"), new("Access-Control-Request-Headers", "content-type")]
            : [];
        var withBody = method is not ("HEAD" or "TRACE") && random.Chance(0.6);
        var target = random.Chance(0.3) && GraphQLRequestEncoder.Url(operation()) is { } url ? url : FuzzRequest.Path;
        return new FuzzRequest("http-method", method, target, withBody ? Json : null, AnyAccept(), withBody ? Body() : null, Headers: headers);
    }
}
