using NetTopologySuite.Geometries;

namespace OpenCity.Domain.Governance;

/// <summary>An administrative area of the city: the city itself, a district, a street (sub-district), a community or a grid.</summary>
public sealed class GovernanceUnit
{
    public long Id { get; set; }

    /// <summary>Stable public code, e.g. <c>NB-D02-S01</c>; unique across the city.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public GovernanceLevel Level { get; set; }

    public long? ParentId { get; set; }

    public GovernanceUnit? Parent { get; set; }

    /// <summary>
    /// Materialised path of ancestor ids including this unit, e.g. <c>/1/3/12/</c>, so that
    /// "all descendants of a unit" is one indexed prefix match instead of a recursive query.
    /// </summary>
    public required string Path { get; set; }

    /// <summary>Boundary in WGS 84 (SRID 4326); the union of the children's boundaries.</summary>
    public required MultiPolygon Boundary { get; set; }

    /// <summary>Geodesic area of the boundary in square metres.</summary>
    public double AreaSquareMeters { get; set; }

    public required Point Centroid { get; set; }

    public List<GovernanceUnit> Children { get; set; } = [];
}
