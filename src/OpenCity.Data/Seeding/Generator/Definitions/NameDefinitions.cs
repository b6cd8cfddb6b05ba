namespace OpenCity.Data.Seeding;

/// <summary>Lists names are drawn from; two-part names combine every first part with every second part.</summary>
public sealed record NameDefinitions
{
    public required IReadOnlyList<string> Districts { get; init; }

    public required IReadOnlyList<string> StreetFirst { get; init; }

    public required IReadOnlyList<string> StreetSecond { get; init; }

    public required IReadOnlyList<string> CommunityFirst { get; init; }

    public required IReadOnlyList<string> CommunitySecond { get; init; }

    public required IReadOnlyList<string> RoadFirst { get; init; }

    public required IReadOnlyList<string> RoadSecond { get; init; }
}
