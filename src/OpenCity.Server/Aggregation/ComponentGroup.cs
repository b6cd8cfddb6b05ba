using OpenCity.Domain.Components;
using OpenCity.Domain.Departments;

namespace OpenCity.Server.Aggregation;

/// <summary>
/// One combination of the grouped-by values and how many assets share it. A property that was
/// not grouped by stays null, and so does a grouped-by unit or owner that the assets lack.
/// </summary>
public sealed record ComponentGroup
{
    public ComponentKind? Kind { get; init; }

    public ComponentStatus? Status { get; init; }

    public InfrastructureDomain? Domain { get; init; }

    public long? UnitId { get; init; }

    public long? OwnerId { get; init; }

    public int Count { get; init; }
}
