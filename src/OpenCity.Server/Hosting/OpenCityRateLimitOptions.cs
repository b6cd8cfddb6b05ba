namespace OpenCity.Server.Hosting;

/// <summary>How many requests one client may send, bound from <c>OpenCity:RateLimiting</c>.</summary>
public sealed class OpenCityRateLimitOptions
{
    public const string SectionName = "OpenCity:RateLimiting";

    /// <summary>Whether clients are limited at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many requests one client (an API key, or else an address) may send in each <see cref="Window"/>.</summary>
    public int PermitLimit { get; set; } = 600;

    /// <summary>The window the limit counts over.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
