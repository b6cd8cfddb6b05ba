using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.GraphQL.Transport.Tests.Http;
using OpenCity.GraphQL.Transport.Tests.TestSchema;

namespace OpenCity.GraphQL.Transport.Tests.Limits;

/// <summary>The limits of the shared server (<see cref="TransportServer.Limits"/>), each refused with its code and figures.</summary>
[Collection(TransportServerCollection.Name)]
public sealed class RequestLimitsTests(TransportServer server)
{
    private readonly HttpClient _client = server.Client;

    [Theory]
    [InlineData("{ hello", "a { ", "}")] // selection sets
    [InlineData("{ echo(text: ", "[", "]")] // list literals
    [InlineData("{ echo(text: ", "{a: ", "}")] // object literals
    public async Task A_document_nested_past_the_parser_limit_is_400_query_too_deep(string start, string open, string close)
    {
        var nested = string.Concat(Enumerable.Repeat(open, 100)) + "1" + string.Concat(Enumerable.Repeat(close, 100));
        var query = start == "{ hello" ? "{ " + nested.Replace("1", "hello", StringComparison.Ordinal) + " }" : start + nested + ") }";

        var response = await Post(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("QUERY_TOO_DEEP", response.FirstErrorCode);
        Assert.Equal(40, response.FirstError.GetProperty("extensions").GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task Variables_nested_past_the_limit_are_refused_as_invalid_json()
    {
        static string Nested(int depth) => new string('[', depth) + "1" + new string(']', depth);

        var refused = await _client.PostGraphQLAsync("""{"query":"{ hello }","variables":{"v":""" + Nested(45) + "}}");
        var accepted = await _client.PostGraphQLAsync("""{"query":"{ hello }","variables":{"v":""" + Nested(30) + "}}");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("INVALID_JSON", refused.FirstErrorCode);
        Assert.Contains("depth", refused.FirstErrorMessage, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
    }

    [Fact]
    public async Task More_fields_than_allowed_are_refused_before_validation()
    {
        // Unknown fields: were the document validated, each would be an error of its own.
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 201).Select(i => $"x{i}")) + " }";

        var response = await Post(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Single(response.Body.GetProperty("errors").EnumerateArray());
        Assert.Equal("QUERY_TOO_COMPLEX", response.FirstErrorCode);
        var extensions = response.FirstError.GetProperty("extensions");
        Assert.Equal(200, extensions.GetProperty("limit").GetInt32());
        Assert.Equal(201, extensions.GetProperty("value").GetInt32());
        Assert.Contains("201 field selections", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fields_in_fragments_count_too()
    {
        var query = "{ ...F } fragment F on Query { " + string.Join(' ', Enumerable.Repeat("hello", 201)) + " }";

        var response = await Post(query);

        Assert.Equal("QUERY_TOO_COMPLEX", response.FirstErrorCode);
        Assert.Equal(201, response.FirstError.GetProperty("extensions").GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task More_aliases_than_allowed_are_refused()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 21).Select(i => $"a{i}: hello")) + " }";

        var response = await Post(query);

        Assert.Equal("QUERY_TOO_COMPLEX", response.FirstErrorCode);
        Assert.Equal(20, response.FirstError.GetProperty("extensions").GetProperty("limit").GetInt32());
        Assert.Equal(21, response.FirstError.GetProperty("extensions").GetProperty("value").GetInt32());

        var allowed = await Post("{ " + string.Join(' ', Enumerable.Range(0, 20).Select(i => $"a{i}: hello")) + " }");
        Assert.Equal(HttpStatusCode.OK, allowed.Status);
    }

    [Fact]
    public async Task An_answer_lists_at_most_the_allowed_errors_and_counts_the_rest()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 150).Select(i => $"x{i}")) + " }";

        var response = await Post(query);

        var errors = response.Body.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(11, errors.Count);
        Assert.All(errors.Take(10), error => Assert.Equal("FIELDS_ON_CORRECT_TYPE", error.GetProperty("extensions").GetProperty("code").GetString()));
        var last = errors[^1];
        Assert.Equal("TOO_MANY_ERRORS", last.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(150, last.GetProperty("extensions").GetProperty("value").GetInt32());
        Assert.StartsWith("140 more errors", last.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_over_the_size_limit_is_replaced_by_an_error()
    {
        var response = await Post("""{ repeat(text: "0123456789", times: 7000) }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("RESULT_TOO_LARGE", response.FirstErrorCode);
        Assert.Equal(65536, response.FirstError.GetProperty("extensions").GetProperty("limit").GetInt32());
        Assert.False(response.Body.TryGetProperty("data", out _));

        var small = await Post("""{ repeat(text: "0123456789", times: 6000) }""");
        Assert.Equal(60000, small.Data.GetProperty("repeat").GetString()!.Length);
        Assert.InRange(small.Message.Content.Headers.ContentLength ?? 0, 60000, 65536); // buffered, so its length is sent
    }

    [Fact]
    public async Task An_operation_past_the_timeout_is_stopped_and_answers_timeout()
    {
        var tag = Guid.NewGuid().ToString("N");
        var log = server.Services.GetRequiredService<WaitLog>();

        var response = await Post($$"""{ wait(milliseconds: 60000, tag: "{{tag}}") }""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("TIMEOUT", response.FirstErrorCode);
        Assert.Equal(JsonValueKind.Null, response.Data.ValueKind);
        Assert.Equal(2, response.FirstError.GetProperty("extensions").GetProperty("limit").GetDouble());
        Assert.True(await log.Ended(tag).WaitAsync(TimeSpan.FromSeconds(30)), "the resolver's work was not cancelled");
    }

    [Fact]
    public async Task Ordinary_operations_are_unaffected()
    {
        var response = await Post("{ hello a: hello b: echo(text: \"x\") }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("world", response.Data.GetProperty("a").GetString());
    }

    private Task<GraphQLHttpResponse> Post(string query) => _client.PostGraphQLAsync(JsonSerializer.Serialize(new { query }));
}
