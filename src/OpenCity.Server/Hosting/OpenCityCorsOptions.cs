namespace OpenCity.Server.Hosting;

/// <summary>Which browser pages on other origins may call the API, bound from <c>OpenCity:Cors</c>.</summary>
public sealed class OpenCityCorsOptions
{
    public const string SectionName = "OpenCity:Cors";

    /// <summary>
    /// Origins (<c>scheme://host[:port]</c>, as browsers send them) whose pages may call the API. Empty:
    /// any origin may read, without credentials (open data).
    /// </summary>
    public IReadOnlyList<string> AllowedOrigins { get; set; } = [];

    /// <summary>Whether the listed origins may send the browser's cookies and HTTP authentication; never for any origin.</summary>
    public bool AllowCredentials { get; set; }

    /// <summary>How long a browser may keep a preflight's answer before asking again (0: ask every time).</summary>
    public int MaxAgeSeconds { get; set; } = 600;
}
