using GraphQL.Types;
using OpenCity.GraphQL.Data.Spatial;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>The geometry a spatial relation (<c>within</c>, <c>intersects</c> …) compares with, optionally grown by a buffer.</summary>
public sealed class GeometryRelationFilterInputType : InputObjectGraphType
{
    public GeometryRelationFilterInputType()
    {
        Name = "GeometryRelationFilterInput";
        Description = "The geometry to compare with, e.g. `{ geometry: { type: \"Point\", coordinates: [-1.47, 53.38] }, buffer: 50 }`.";
        Field<NonNullGraphType<GeoJsonGraphType>>("geometry").Description("The geometry, as GeoJSON in WGS 84 longitude/latitude.");
        Field<FloatGraphType>("buffer").Description(
            $"Grow the geometry by this many metres in every direction first (0 to {SpatialFilterOperations.MaxMeters:N0}), e.g. to turn a point into a circle.");
    }
}
