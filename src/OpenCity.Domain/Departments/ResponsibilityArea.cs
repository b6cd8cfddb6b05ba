using NetTopologySuite.Geometries;

namespace OpenCity.Domain.Departments;

/// <summary>One area a department is responsible for.</summary>
public sealed class ResponsibilityArea
{
    public long Id { get; set; }

    public long DepartmentId { get; set; }

    public Department Department { get; set; } = null!;

    public required string Name { get; set; }

    /// <summary>The area in WGS 84 (SRID 4326).</summary>
    public required MultiPolygon Area { get; set; }
}
