using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenCity.GraphQL.Transport.Tests.Ide;

[Collection(TransportServerCollection.Name)]
public sealed partial class BananaCakePopMiddlewareTests(TransportServer server)
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task Browser_opening_the_endpoint_is_redirected_to_the_ide_page()
    {
        using var response = await SendAsync("/graphql", BrowserAccept);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location?.OriginalString);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task Ide_page_is_the_package_index_html()
    {
        using var response = await SendAsync("/graphql/", BrowserAccept);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Banana Cake Pop</title>", html, StringComparison.Ordinal);
        Assert.Contains("no-cache", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Scripts_styles_and_fonts_are_served_with_content_types_and_long_caching()
    {
        using var page = await SendAsync("/graphql/", BrowserAccept);
        var html = await page.Content.ReadAsStringAsync();
        var script = ScriptSource().Match(html).Groups["src"].Value;
        var style = StyleSource().Match(html).Groups["href"].Value;

        using var js = await SendAsync($"/graphql/{script}", "*/*");
        using var css = await SendAsync($"/graphql/{style}", "text/css,*/*;q=0.1");
        using var favicon = await SendAsync("/graphql/favicon.svg", "*/*");

        Assert.StartsWith("static/js/", script, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Equal("text/javascript", js.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", js.Headers.CacheControl?.ToString());
        Assert.True(js.Content.Headers.ContentLength > 1000);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Equal("image/svg+xml", favicon.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", favicon.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Unchanged_file_is_304_on_revalidation()
    {
        using var first = await SendAsync("/graphql/favicon.svg", "*/*");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/favicon.svg");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Unknown_file_below_the_endpoint_is_404()
    {
        using var response = await SendAsync("/graphql/static/js/nope.js", "*/*");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Configuration_points_the_ide_at_the_endpoint_without_telemetry()
    {
        var configuration = await _client.GetFromJsonAsync<JsonElement>("/graphql/bcp-config.json");

        Assert.Equal("/graphql", configuration.GetProperty("endpoint").GetString());
        Assert.True(configuration.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(configuration.GetProperty("disableTelemetry").GetBoolean());
        Assert.False(configuration.GetProperty("useGet").GetBoolean());
        Assert.Equal("Transport tests", configuration.GetProperty("title").GetString());
        Assert.Equal(TransportServer.IdeDocument, configuration.GetProperty("graphQLDocument").GetString());
        Assert.False(configuration.TryGetProperty("gaTrackingId", out _));
    }

    [Fact]
    public async Task Browser_get_with_a_query_still_gets_graphql()
    {
        using var response = await SendAsync("/graphql?query=%7B%20hello%20%7D", BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // A browser names neither GraphQL type (only */*), so it gets application/json, which it shows as JSON.
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    public async Task Json_get_without_a_query_is_not_redirected(string accept)
    {
        using var response = await SendAsync("/graphql", accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_to_the_ide_page_is_graphql()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql/")
        {
            Content = JsonContent.Create(new { query = "{ hello }" }),
        };

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await _client.SendAsync(request);
    }

    [GeneratedRegex("""<script defer="defer" src="(?<src>static/js/main\.[0-9a-f]+\.js)">""")]
    private static partial Regex ScriptSource();

    [GeneratedRegex("""<link href="(?<href>static/css/[^"]+\.css)" rel="stylesheet">""")]
    private static partial Regex StyleSource();
}
