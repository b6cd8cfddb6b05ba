namespace OpenCity.Data.Seeding;

/// <summary>A category of citizens' reports and the department it is routed to.</summary>
public sealed record ServiceRequestCategoryDefinition
{
    public required string Category { get; init; }

    /// <summary>Code of the department requests of this category are routed to.</summary>
    public required string Department { get; init; }

    public required double Weight { get; init; }

    public required IReadOnlyList<string> Descriptions { get; init; }
}
