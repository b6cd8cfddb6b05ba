using System.Net;
using System.Text.Json;
using OpenCity.GraphQL.Transport.Tests.Http;

namespace OpenCity.GraphQL.Transport.Tests.Limits;

/// <summary>Documents the parser or the engine once stumbled on (found by the fuzz test): each answered 400 with its code, promptly.</summary>
[Collection(TransportServerCollection.Name)]
public sealed class DocumentParsingTests(TransportServer server)
{
    [Fact]
    public async Task A_syntax_error_at_the_end_of_a_very_long_line_is_reported_at_its_place_in_the_client_text()
    {
        var query = "{ hello }" + new string(' ', 60_000) + " :";

        var response = await Post(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("SYNTAX_ERROR", response.FirstErrorCode);
        var location = response.FirstError.GetProperty("locations")[0];
        Assert.Equal(1, location.GetProperty("line").GetInt32());
        Assert.Equal(query.Length, location.GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task A_long_line_with_strings_and_comments_parses_as_written()
    {
        var text = "a b, c " + new string('x', 2_000);
        var query = "{ " + string.Concat(Enumerable.Repeat($"a: echo(text: \"{text}\") ", 1)) + new string(' ', 3_000) + " b: echo(text: \"\"\"" + text + "\"\"\") }";

        var response = await Post(query);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(text, response.Data.GetProperty("a").GetString());
        Assert.Equal(text, response.Data.GetProperty("b").GetString());
    }

    [Theory]
    [InlineData("\r{")]
    [InlineData("{ hello }\r\r:")]
    public async Task A_bare_carriage_return_before_a_syntax_error_is_a_syntax_error(string query)
    {
        var response = await Post(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("SYNTAX_ERROR", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_variable_of_an_output_type_with_a_default_is_refused_like_any_other()
    {
        var response = await Post("query ($v: Query = 1) { hello }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("VARIABLES_ARE_INPUT_TYPES", response.FirstErrorCode);
    }

    [Fact]
    public async Task Introspection_of_a_type_without_a_name_is_refused()
    {
        var response = await Post("""{ __type(name: "") { name } }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_VALUE", response.FirstErrorCode);
    }

    private Task<GraphQLHttpResponse> Post(string query) => server.Client.PostGraphQLAsync(JsonSerializer.Serialize(new { query }));
}
