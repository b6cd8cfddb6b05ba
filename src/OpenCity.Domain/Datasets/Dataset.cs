namespace OpenCity.Domain.Datasets;

/// <summary>Open-data metadata of one published collection.</summary>
public sealed class Dataset
{
    public long Id { get; set; }

    /// <summary>Stable public code, e.g. <c>components</c>.</summary>
    public required string Code { get; set; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    public required string Publisher { get; set; }

    public required string Licence { get; set; }

    /// <summary>How often it is refreshed, e.g. <c>daily</c>, <c>continuous</c>.</summary>
    public required string UpdateFrequency { get; set; }

    /// <summary>UTC time of the last update.</summary>
    public DateTime LastUpdated { get; set; }

    public List<string> Keywords { get; set; } = [];
}
