namespace OpenCity.Data.Seeding;

/// <summary>Metadata of one published collection.</summary>
public sealed record DatasetDefinition
{
    public required string Code { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string UpdateFrequency { get; init; }

    public required IReadOnlyList<string> Keywords { get; init; }
}
