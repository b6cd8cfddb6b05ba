namespace OpenCity.Server.Hosting;

/// <summary>How the server stops, bound from <c>OpenCity:Shutdown</c>.</summary>
public sealed class OpenCityShutdownOptions
{
    public const string SectionName = "OpenCity:Shutdown";

    /// <summary>
    /// How long a stopping server waits for the requests it is serving (it refuses new ones meanwhile)
    /// before it stops anyway: the host's shutdown timeout.
    /// </summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
