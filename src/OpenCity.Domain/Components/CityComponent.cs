using NetTopologySuite.Geometries;
using OpenCity.Domain.Departments;
using OpenCity.Domain.Governance;

namespace OpenCity.Domain.Components;

/// <summary>A physical asset of the city: a streetlight, a pipe segment, a building, a sensor …</summary>
public sealed class CityComponent
{
    public long Id { get; set; }

    /// <summary>Stable public asset code, e.g. <c>SL-000123</c>.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public ComponentKind Kind { get; set; }

    public InfrastructureDomain Domain { get; set; }

    public ComponentStatus Status { get; set; }

    /// <summary>Point, line or polygon in WGS 84 (SRID 4326).</summary>
    public required Geometry Geometry { get; set; }

    public DateOnly? InstalledOn { get; set; }

    /// <summary>Free attributes as a JSON object text, e.g. <c>{"lampType":"LED","wattage":40}</c>.</summary>
    public string? Attributes { get; set; }

    public long? OwnerId { get; set; }

    public Department? Owner { get; set; }

    /// <summary>The grid unit the asset lies in (by containment, or largest overlap for lines and polygons).</summary>
    public long? GridUnitId { get; set; }

    public GovernanceUnit? GridUnit { get; set; }

    public Sensitivity Sensitivity { get; set; }

    /// <summary>Counts the committed changes of this asset; a write that names an older version loses (optimistic concurrency).</summary>
    public long Version { get; set; }
}
