namespace OpenCity.Server.Hosting;

/// <summary>How many requests one client may send, bound from <c>OpenCity:RateLimiting</c>.</summary>
public sealed class OpenCityRateLimitOptions
{
    public const string SectionName = "OpenCity:RateLimiting";

    /// <summary>Whether clients are limited at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many requests one address may send in each <see cref="Window"/> (an IPv6 client counts by its /64 network).</summary>
    public int PermitLimit { get; set; } = 600;

    /// <summary>
    /// The API keys the city has issued (sent in <c>X-Api-Key</c>): each is counted on its own, with
    /// <see cref="ApiKeyPermitLimit"/>. A key not listed here counts for nothing: its request is
    /// counted with its address, so made-up keys cannot multiply a client's budget.
    /// </summary>
    public IReadOnlyList<string> ApiKeys { get; set; } = [];

    /// <summary>How many requests one issued API key may send in each <see cref="Window"/>.</summary>
    public int ApiKeyPermitLimit { get; set; } = 6000;

    /// <summary>The window the limit counts over.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
