using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using OpenCity.Data;
using OpenCity.GraphQL.Transport.Availability;
using OpenCity.Server.Auth;
using OpenCity.Server.Hosting;

namespace OpenCity.Server.Ingestion;

/// <summary>
/// <c>POST /ingest/readings</c>: bulk telemetry for operators (NDJSON, <c>application/x-ndjson</c>, or
/// CSV, <c>text/csv</c>), all or nothing per request. 200 with the counts; 422
/// <c>INGESTION_REFUSED</c> listing the refused lines; 401 <c>UNAUTHENTICATED</c> without a valid
/// token; 413 past the size limit; 415 for another media type.
/// </summary>
public static class IngestionEndpoints
{
    public const string Path = "/ingest/readings";

    public static IServiceCollection AddOpenCityIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestionOptions>()
            .Bind(configuration.GetSection(IngestionOptions.SectionName))
            .Validate(o => o.MaxRequestBytes > 0 && o.MaxRows > 0 && o.MaxLineLength > 0 && o.MaxRefusalsListed >= 0,
                "OpenCity:Ingestion needs positive MaxRequestBytes, MaxRows and MaxLineLength.")
            .ValidateOnStart();
        services.AddSingleton<ReadingIngestor>();
        return services;
    }

    public static WebApplication MapOpenCityIngestion(this WebApplication app)
    {
        app.MapPost(Path, IngestAsync).RequireRateLimiting(RateLimitingHostingExtensions.PolicyName).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> IngestAsync(
        HttpContext http, ReadingIngestor ingestor, CityPolicy policy, VisibilityScope scope, ServerReadiness readiness, IOptions<IngestionOptions> options)
    {
        // Counted with the GraphQL requests, so a graceful stop waits for an ingestion under way.
        try
        {
            return readiness.Enter()
                ? await IngestAuthorisedAsync(http, ingestor, policy, scope, options)
                : Problem(StatusCodes.Status503ServiceUnavailable, "SERVER_NOT_READY", "The server is starting or stopping; retry shortly.");
        }
        finally
        {
            readiness.Exit();
        }
    }

    private static async Task<IResult> IngestAuthorisedAsync(
        HttpContext http, ReadingIngestor ingestor, CityPolicy policy, VisibilityScope scope, IOptions<IngestionOptions> options)
    {
        var authentication = await http.AuthenticateAsync();
        var caller = Caller.FromPrincipal(http.User);
        if (authentication.Failure is not null || policy.RequireStaff(caller) is not null)
        {
            return Problem(StatusCodes.Status401Unauthorized, PolicyRefusal.UnauthenticatedCode,
                authentication.Failure?.Message ?? "Ingestion needs an operator's token: send `Authorization: Bearer <token>`.");
        }

        var mediaType = http.Request.GetTypedHeaders().ContentType?.MediaType.Value?.ToLowerInvariant();
        bool csv;
        switch (mediaType)
        {
            case "text/csv":
                csv = true;
                break;
            case "application/x-ndjson" or "application/jsonl" or "application/jsonlines":
                csv = false;
                break;
            default:
                return Problem(StatusCodes.Status415UnsupportedMediaType, IngestionCodes.UnsupportedMediaType,
                    "Send readings as application/x-ndjson (one JSON object per line) or text/csv (header component,metric,measuredAt,value,unit).");
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = options.Value.MaxRequestBytes;
        }

        try
        {
            // The caller's visibility, as a GraphQL operation gets it: its own restricted components are there to record.
            var payload = await scope.RunAsync(policy.VisibilityOf(caller), () => ingestor.IngestAsync(caller, http.Request.Body, csv, http.RequestAborted));
            return payload.Errors is [IngestionRefusal refusal]
                ? Results.Json(new { code = refusal.Code, message = refusal.Message, refusedCount = refusal.RefusedCount, refused = refusal.Refused }, statusCode: StatusCodes.Status422UnprocessableEntity)
                : Results.Json(payload.Value);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            http.Response.Headers.Connection = "close";
            return Problem(StatusCodes.Status413PayloadTooLarge, IngestionCodes.RequestTooLarge,
                $"The body is larger than {options.Value.MaxRequestBytes:N0} bytes; send the readings in several requests. Nothing was stored.");
        }
    }

    private static IResult Problem(int status, string code, string message) => Results.Json(new { code, message }, statusCode: status);
}
