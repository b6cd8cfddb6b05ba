using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using OpenCity.Domain.Governance;
using OpenCity.Geospatial.Geodesy;

namespace OpenCity.Data.Membership;

/// <summary>
/// Finds the grid a geometry belongs to by a spatial join against the grid units' boundaries: a
/// point belongs to the grid containing it, a line or an area to the grid it overlaps most
/// (geodesic length or area of the overlap), scattered points to the grid holding most of them.
/// Ties, such as a point on the edge between two grids or a line along it, go to the grid with
/// the smaller id, so the answer never depends on order or on the last bits of arithmetic.
/// </summary>
public sealed class GridMembership
{
    /// <summary>Overlaps this close (relatively) are a tie: measured in different grids, equal overlaps differ in their last bits.</summary>
    private const double TieTolerance = 1e-9;

    private readonly STRtree<Grid> _index = new();

    public GridMembership(IEnumerable<GovernanceUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        foreach (var unit in units.Where(u => u.Level == GovernanceLevel.Grid))
        {
            _index.Insert(unit.Boundary.EnvelopeInternal, new Grid(unit.Id, PreparedGeometryFactory.Prepare(unit.Boundary)));
        }

        _index.Build();
    }

    /// <summary>The id of the grid <paramref name="geometry"/> belongs to, or null when it lies in none.</summary>
    public long? GridOf(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var candidates = _index.Query(geometry.EnvelopeInternal).OrderBy(g => g.Id).ToList();
        if (geometry is Point)
        {
            return (candidates.FirstOrDefault(g => g.Boundary.Contains(geometry)) ?? candidates.FirstOrDefault(g => g.Boundary.Covers(geometry)))?.Id;
        }

        // Most assets lie inside one grid: no overlap to measure then.
        if (candidates.FirstOrDefault(g => g.Boundary.Covers(geometry)) is { } covering)
        {
            return covering.Id;
        }

        Func<Geometry, double> measure = geometry.Dimension switch
        {
            Dimension.Point => overlap => overlap.NumGeometries,
            Dimension.Curve => GeodesicLength.Of,
            _ => GeodesicArea.Of,
        };
        var overlaps = candidates
            .Select(g => (g.Id, Overlap: g.Boundary.Intersects(geometry) ? measure(g.Boundary.Geometry.Intersection(geometry)) : 0))
            .Where(g => g.Overlap > 0)
            .ToList();
        if (overlaps.Count == 0)
        {
            return null;
        }

        var most = overlaps.Max(g => g.Overlap);
        return overlaps.Where(g => g.Overlap >= most * (1 - TieTolerance)).Min(g => g.Id);
    }

    private sealed record Grid(long Id, IPreparedGeometry Boundary);
}
