using System.Net;
using System.Text.Json;

namespace OpenCity.GraphQL.Transport.Tests.Http;

[Collection(TransportServerCollection.Name)]
public sealed class GraphQLHttpMiddlewareTests(TransportServer server)
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = "application/json";

    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task Post_query_returns_data_as_graphql_response_json()
    {
        var response = await _client.PostGraphQLAsync("""{"query":"{ hello }"}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.Equal("utf-8", response.Message.Content.Headers.ContentType?.CharSet);
        Assert.Equal("world", response.Data.GetProperty("hello").GetString());
        Assert.False(response.Body.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Post_with_variables_and_operation_name_runs_the_named_operation()
    {
        var response = await _client.PostGraphQLAsync("""
            {
              "query": "query First { hello } query Echo($text: String!) { echo(text: $text) }",
              "operationName": "Echo",
              "variables": { "text": "ahoy" },
              "extensions": { "anything": true }
            }
            """);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("ahoy", response.Data.GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Post_mutation_is_executed()
    {
        var response = await _client.PostGraphQLAsync("""{"query":"mutation { setGreeting(text: \"hi\") }"}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("hi", response.Data.GetProperty("setGreeting").GetString());
    }

    [Fact]
    public async Task Get_query_with_variables_is_executed()
    {
        var response = await _client.GetGraphQLAsync("query ($v: Int!) { double(value: $v) }", variables: """{"v":21}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(42, response.Data.GetProperty("double").GetInt32());
    }

    [Fact]
    public async Task Get_mutation_is_405_with_allow_post()
    {
        var response = await _client.GetGraphQLAsync("""mutation { setGreeting(text: "hi") }""");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["POST"], response.Message.Content.Headers.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", response.FirstErrorCode);
        Assert.Contains("POST", response.FirstErrorMessage, StringComparison.Ordinal);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Get_picks_the_operation_by_name_before_refusing_mutations()
    {
        const string Document = """query Read { hello } mutation Write { setGreeting(text: "hi") }""";

        var read = await _client.GetGraphQLAsync(Document, operationName: "Read");
        var write = await _client.GetGraphQLAsync(Document, operationName: "Write");

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, write.Status);
    }

    [Fact]
    public async Task Subscription_over_http_is_refused_with_a_code()
    {
        var response = await _client.PostGraphQLAsync("""{"query":"subscription { ticks }"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("SUBSCRIPTION_NOT_SUPPORTED", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("NONSENSE")]
    [InlineData("""{"query":""")]
    [InlineData("")]
    public async Task Malformed_json_is_400_invalid_json(string body)
    {
        var response = await _client.PostGraphQLAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_JSON", response.FirstErrorCode);
        Assert.Contains("not valid JSON", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task Malformed_json_is_400_for_either_media_type(string accept)
    {
        var response = await _client.PostGraphQLAsync("{", accept: accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(accept, response.MediaType);
    }

    [Theory]
    [InlineData("""{"qeury":"{ hello }"}""")]
    [InlineData("""{"query":null}""")]
    [InlineData("""{"query":""}""")]
    [InlineData("""{}""")]
    public async Task Missing_query_is_400_query_missing(string body)
    {
        var response = await _client.PostGraphQLAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("QUERY_MISSING", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("""{"query":1}""")]
    [InlineData("""{"query":"{ hello }","variables":[7]}""")]
    [InlineData("""{"query":"{ hello }","variables":"{}"}""")]
    [InlineData("""{"query":"{ hello }","operationName":3}""")]
    [InlineData("""{"query":"{ hello }","extensions":[]}""")]
    [InlineData("""null""")]
    [InlineData("""42""")]
    public async Task Wrong_request_shape_is_400_invalid_request(string body)
    {
        var response = await _client.PostGraphQLAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_REQUEST", response.FirstErrorCode);
        Assert.Contains("'query'", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batched_request_is_400_batching_not_supported()
    {
        var response = await _client.PostGraphQLAsync("""[{"query":"{ hello }"}]""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BATCHING_NOT_SUPPORTED", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData(null)]
    public async Task Unsupported_content_type_is_415(string? contentType)
    {
        var response = await _client.PostGraphQLAsync("""{"query":"{ hello }"}""", contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", response.FirstErrorCode);
        Assert.Contains("application/json", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_content_type_with_utf8_charset_is_accepted()
    {
        var response = await _client.PostGraphQLAsync("""{"query":"{ hello }"}""", contentType: "application/json; charset=UTF-8");

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_405_with_allow(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), GraphQLHttpClient.Endpoint);
        var response = await _client.SendGraphQLAsync(request, accept: null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["GET", "POST"], response.Message.Content.Headers.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", response.FirstErrorCode);
    }

    [Fact]
    public async Task Body_over_the_limit_is_413()
    {
        var padding = new string(' ', (int)TransportServer.MaxRequestBytes);
        var response = await _client.PostGraphQLAsync($$"""{"query":"{ hello }"{{padding}}}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("REQUEST_TOO_LARGE", response.FirstErrorCode);
        Assert.True(response.Message.Headers.ConnectionClose, "the unread body leaves the connection unusable: the client must be told");
        Assert.Contains(TransportServer.MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chunked_body_over_the_limit_is_413()
    {
        var padding = new string(' ', (int)TransportServer.MaxRequestBytes);
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLHttpClient.Endpoint)
        {
            Content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes($$"""{"query":"{ hello }"{{padding}}}"""))),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;

        var response = await _client.SendGraphQLAsync(request, accept: null);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("REQUEST_TOO_LARGE", response.FirstErrorCode);
        Assert.True(response.Message.Headers.ConnectionClose);
    }

    [Fact]
    public async Task Body_just_under_the_limit_is_accepted()
    {
        const string Prefix = """{"query":"{ hello }" """;
        var padding = new string(' ', (int)TransportServer.MaxRequestBytes - Prefix.Length - 1);

        var response = await _client.PostGraphQLAsync(Prefix + padding + "}");

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Document_parse_error_is_400_only_for_graphql_response_json(string accept, HttpStatusCode expected)
    {
        var response = await _client.PostGraphQLAsync("""{"query":"{"}""", accept: accept);

        Assert.Equal(expected, response.Status);
        Assert.Equal(accept, response.MediaType);
        Assert.Equal("SYNTAX_ERROR", response.FirstErrorCode);
        Assert.False(response.HasData);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    public async Task A_client_naming_no_media_type_gets_application_json_and_its_status_rules(string? accept)
    {
        var response = await _client.PostGraphQLAsync("""{"query":"{"}""", accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(Json, response.MediaType);
        Assert.Equal("SYNTAX_ERROR", response.FirstErrorCode);
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Validation_error_is_400_only_for_graphql_response_json(string accept, HttpStatusCode expected)
    {
        var response = await _client.PostGraphQLAsync("""{"query":"{ nope }"}""", accept: accept);

        Assert.Equal(expected, response.Status);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", response.FirstErrorCode);
        Assert.Contains("nope", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Unknown_operation_name_is_400_only_for_graphql_response_json(string accept, HttpStatusCode expected)
    {
        var response = await _client.PostGraphQLAsync("""{"query":"query A { hello }","operationName":"B"}""", accept: accept);

        Assert.Equal(expected, response.Status);
        Assert.NotNull(response.FirstErrorCode);
        Assert.Contains("B", response.FirstErrorMessage, StringComparison.Ordinal);
        Assert.False(response.HasData);
    }

    [Theory]
    [InlineData("""{"v":"not a number"}""")]
    [InlineData("""{}""")]
    [InlineData("""{"v":null}""")]
    public async Task Invalid_variables_are_400(string variables)
    {
        var response = await _client.PostGraphQLAsync($$"""{"query":"query ($v: Int!) { double(value: $v) }","variables":{{variables}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_VALUE", response.FirstErrorCode);
        Assert.Contains("$v", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_variables_over_get_are_400()
    {
        var response = await _client.GetGraphQLAsync("query ($v: Int!) { double(value: $v) }", variables: "{nope");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_JSON", response.FirstErrorCode);
        Assert.Contains("'variables'", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_too_large_for_its_variable_is_400_over_post_and_get()
    {
        const string query = "query ($v: Int!) { double(value: $v) }";
        var overPost = await _client.PostGraphQLAsync("""{"query":"query ($v: Int!) { double(value: $v) }","variables":{"v":1e400}}""");
        var overGet = await _client.GetGraphQLAsync(query, variables: """{"v":1e400}""");

        foreach (var response in new[] { overPost, overGet })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.Status);
            Assert.Equal("INVALID_VALUE", response.FirstErrorCode);
        }
    }

    [Fact]
    public async Task Non_object_variables_over_get_are_400()
    {
        var response = await _client.GetGraphQLAsync("query ($v: Int!) { double(value: $v) }", variables: "[7]");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_REQUEST", response.FirstErrorCode);
    }

    [Fact]
    public async Task Get_without_query_is_400_query_missing()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, GraphQLHttpClient.Endpoint);
        var response = await _client.SendGraphQLAsync(request, accept: Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("QUERY_MISSING", response.FirstErrorCode);
    }

    [Fact]
    public async Task Unexpected_resolver_exception_is_a_field_error_with_internal_error_and_no_details()
    {
        var response = await _client.PostGraphQLAsync("""{"query":"{ hello boom }"}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("world", response.Data.GetProperty("hello").GetString());
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("boom").ValueKind);
        Assert.Equal("INTERNAL_ERROR", response.FirstErrorCode);
        Assert.Equal("boom", response.FirstError.GetProperty("path")[0].GetString());
        var raw = response.Body.GetRawText();
        Assert.DoesNotContain("secret", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperation", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", raw, StringComparison.Ordinal);
        Assert.False(response.FirstError.GetProperty("extensions").TryGetProperty("details", out _));
    }

    [Fact]
    public async Task Deliberate_execution_error_keeps_its_code_and_message()
    {
        var response = await _client.PostGraphQLAsync("""{"query":"{ refused }"}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("REFUSED", response.FirstErrorCode);
        Assert.Equal("Refused on purpose.", response.FirstErrorMessage);
    }

    [Theory]
    [InlineData("""{"query":"query ($v: EvenNumber!) { half(value: $v) }","variables":{"v":3}}""")]
    [InlineData("""{"query":"{ half(value: 3) }"}""")]
    public async Task An_input_scalar_s_coded_refusal_keeps_its_code(string body)
    {
        var response = await _client.PostGraphQLAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(TestSchema.EvenNumberGraphType.OddCode, response.FirstErrorCode);
        Assert.Contains("3 is odd.", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, Json)]
    [InlineData("", Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("text/html, application/*;q=0.9", Json)]
    [InlineData("application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/json", Json)]
    [InlineData("application/json; charset=utf-8", Json)]
    [InlineData("text/html, application/json;q=0.9, */*;q=0.8", Json)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("application/json, application/graphql-response+json", Json)]
    [InlineData("application/graphql-response+json; charset=utf-8, application/json; charset=utf-8", GraphQLResponseJson)]
    [InlineData("multipart/mixed, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("*/*, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/*, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, */*;q=0.8", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0, */*", Json)]
    [InlineData("application/json;q=0, */*", GraphQLResponseJson)]
    public async Task Accept_header_selects_the_response_media_type(string? accept, string expected)
    {
        var response = await _client.PostGraphQLAsync("""{"query":"{ hello }"}""", accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(expected, response.MediaType);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/html")]
    [InlineData("application/xml, text/*")]
    [InlineData("application/json;q=0")]
    [InlineData("*/*;q=0")]
    [InlineData("application/*+json")]
    public async Task Unacceptable_accept_header_is_406(string accept)
    {
        var response = await _client.PostGraphQLAsync("""{"query":"{ hello }"}""", accept: accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal("NOT_ACCEPTABLE", response.FirstErrorCode);
        Assert.Contains("application/graphql-response+json", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_with_json_accept_still_gets_graphql()
    {
        var response = await _client.GetGraphQLAsync("{ hello }", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(Json, response.MediaType);
        Assert.Equal("world", response.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Introspection_works_over_post_and_get()
    {
        const string Introspection = "{ __schema { queryType { name } mutationType { name } types { name } } }";

        var post = await _client.PostGraphQLAsync(JsonSerializer.Serialize(new { query = Introspection }));
        var get = await _client.GetGraphQLAsync(Introspection);

        Assert.Equal(HttpStatusCode.OK, post.Status);
        Assert.Equal("Query", post.Data.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, get.Status);
        Assert.Equal("Mutation", get.Data.GetProperty("__schema").GetProperty("mutationType").GetProperty("name").GetString());
    }
}
