using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace OpenCity.Server.Subscriptions;

/// <summary>An area a subscriber watches (a governance unit's boundary, or a polygon it gave): events of things touching it pass.</summary>
public sealed class EventFence(Geometry area)
{
    private readonly IPreparedGeometry _area = PreparedGeometryFactory.Prepare(area);

    public bool Contains(Geometry? geometry) => geometry is not null && _area.Intersects(geometry);
}
