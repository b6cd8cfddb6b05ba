using OpenCity.Domain.Departments;

namespace OpenCity.Data.Seeding;

/// <summary>A department and the areas it answers for.</summary>
public sealed record DepartmentDefinition
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required InfrastructureDomain Domain { get; init; }

    public string? Description { get; init; }

    public required IReadOnlyList<AreaDefinition> Areas { get; init; }
}
