using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Operation.Distance;

namespace OpenCity.Geospatial.Geodesy;

/// <summary>
/// A WGS 84 geometry prepared once for measuring many others against it: projected into a
/// <see cref="LocalPlane"/> centred on it, its segments indexed (<see cref="IndexedFacetDistance"/>),
/// and prepared for the intersects test. Each measure then projects only the other geometry and
/// searches the index, so it costs about the other's vertices times the log of this one's, never
/// this one's vertices per call. The nearest pair found in the plane is measured on the ellipsoid.
/// </summary>
public sealed class PreparedDistance
{
    private readonly Geometry _geometry;
    private readonly LocalPlane _plane;
    private readonly IPreparedGeometry _prepared;
    private readonly IndexedFacetDistance _facets;

    public PreparedDistance(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        if (geometry.IsEmpty)
        {
            throw new ArgumentException("An empty geometry has no distance to anything.", nameof(geometry));
        }

        _geometry = geometry;
        _plane = LocalPlane.Around(geometry);
        _prepared = PreparedGeometryFactory.Prepare(geometry);
        _facets = new IndexedFacetDistance(_plane.ToMeters(geometry));
    }

    /// <summary>The geometry measured from.</summary>
    public Geometry Geometry => _geometry;

    /// <summary>The shortest distance in metres from the prepared geometry to <paramref name="other"/>: zero when they meet.</summary>
    public double To(Geometry other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.IsEmpty)
        {
            throw new ArgumentException("An empty geometry has no distance to anything.", nameof(other));
        }

        if (_geometry is Point p && other is Point q)
        {
            return GeodesicDistance.Between(p.X, p.Y, q.X, q.Y);
        }

        if (_prepared.Intersects(other))
        {
            return 0;
        }

        var nearest = _facets.NearestPoints(_plane.ToMeters(other));
        var (from, to) = (_plane.ToDegrees(nearest[0]), _plane.ToDegrees(nearest[1]));
        return GeodesicDistance.Between(from.X, from.Y, to.X, to.Y);
    }

    /// <summary>
    /// Whether <paramref name="other"/> lies within <paramref name="meters"/> of the prepared
    /// geometry; envelopes clearly further apart than that are rejected without measuring.
    /// </summary>
    public bool IsWithin(Geometry other, double meters)
    {
        ArgumentNullException.ThrowIfNull(other);
        return GeodesicDistance.LowerBound(_geometry.EnvelopeInternal, other.EnvelopeInternal) <= meters && To(other) <= meters;
    }
}
