using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace OpenCity.GraphQL.Transport.Ide;

/// <summary>
/// Serves Banana Cake Pop below the GraphQL endpoint: a browser opening <c>/graphql</c> is redirected
/// to <c>/graphql/</c> (the IDE loads its scripts relative to its page), which serves index.html;
/// <c>/graphql/bcp-config.json</c> points the IDE at the endpoint. Everything else goes to next.
/// </summary>
public sealed class BananaCakePopMiddleware(
    RequestDelegate next,
    PathString endpointPath,
    BananaCakePopAssets assets,
    IOptions<BananaCakePopOptions> options)
{
    private const string ConfigFile = "/bcp-config.json";
    private static readonly JsonSerializerOptions ConfigJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!options.Value.Enabled
            || !assets.IsAvailable
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !request.Path.StartsWithSegments(endpointPath, out var rest))
        {
            return next(context);
        }

        if (!rest.HasValue)
        {
            return IsBrowserNavigation(request) ? RedirectToIdeAsync(context) : next(context);
        }

        if (rest == "/" || rest == "/index.html")
        {
            return IsBrowserNavigation(request) ? ServeAsync(context, "index.html") : next(context);
        }

        if (rest == ConfigFile)
        {
            return ServeConfigurationAsync(context);
        }

        return assets.TryGet(rest.Value![1..], out _) ? ServeAsync(context, rest.Value[1..]) : next(context);
    }

    // A page load asks for HTML and carries no GraphQL query; clients asking for JSON still get GraphQL.
    private static bool IsBrowserNavigation(HttpRequest request)
        => !request.Query.ContainsKey("query")
           && MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
           && accepted.Any(mediaType => mediaType.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && mediaType.Quality is not 0);

    private Task RedirectToIdeAsync(HttpContext context)
    {
        var request = context.Request;
        context.Response.Redirect($"{request.PathBase}{endpointPath}/{request.QueryString}");
        return Task.CompletedTask;
    }

    private async Task ServeAsync(HttpContext context, string path)
    {
        assets.TryGet(path, out var asset);
        var response = context.Response;
        response.Headers.CacheControl = asset.Immutable ? "public, max-age=31536000, immutable" : "no-cache";
        response.Headers.ETag = assets.ETag;
        response.Headers.XContentTypeOptions = "nosniff";
        if (context.Request.Headers.IfNoneMatch == assets.ETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        await using var stream = assets.Open(asset);
        response.ContentType = asset.ContentType;
        response.ContentLength = stream.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await stream.CopyToAsync(response.Body, context.RequestAborted);
        }
    }

    private Task ServeConfigurationAsync(HttpContext context)
    {
        var ide = options.Value;
        var configuration = new BananaCakePopConfiguration(
            Endpoint: $"{context.Request.PathBase}{endpointPath}",
            ide.Title,
            ide.Document,
            ide.IncludeCookies);
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.WriteAsJsonAsync(configuration, ConfigJson, context.RequestAborted);
    }
}
