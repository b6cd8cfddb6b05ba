namespace OpenCity.Server.Hosting;

/// <summary>Where traces, metrics and logs go, bound from <c>OpenCity:Telemetry</c>.</summary>
public sealed class OpenCityTelemetryOptions
{
    public const string SectionName = "OpenCity:Telemetry";

    /// <summary>The service name traces and metrics carry.</summary>
    public string ServiceName { get; set; } = "opencity";

    /// <summary>An OTLP collector (gRPC, e.g. <c>http://collector:4317</c>) that receives traces, metrics and logs; none when unset.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>Whether <c>/metrics</c> serves the metrics for a Prometheus scraper.</summary>
    public bool Prometheus { get; set; } = true;
}
