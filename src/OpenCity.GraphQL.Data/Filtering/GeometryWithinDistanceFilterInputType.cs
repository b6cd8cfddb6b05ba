using GraphQL.Types;
using OpenCity.GraphQL.Data.Spatial;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>A geometry and a distance in metres: the items within that distance of it.</summary>
public sealed class GeometryWithinDistanceFilterInputType : InputObjectGraphType
{
    public GeometryWithinDistanceFilterInputType()
    {
        Name = "GeometryWithinDistanceFilterInput";
        Description = "A geometry and a distance, e.g. `{ geometry: { type: \"Point\", coordinates: [-1.47, 53.38] }, meters: 300 }`.";
        Field<NonNullGraphType<GeoJsonGraphType>>("geometry").Description("The geometry, as GeoJSON in WGS 84 longitude/latitude.");
        Field<NonNullGraphType<FloatGraphType>>("meters").Description(
            $"The distance in metres on the Earth's ellipsoid (0 to {SpatialFilterOperations.MaxMeters:N0}); items exactly that far away are kept.");
    }
}
