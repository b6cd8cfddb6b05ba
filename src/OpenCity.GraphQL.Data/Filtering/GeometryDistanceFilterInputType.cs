using GraphQL.Types;
using OpenCity.GraphQL.Data.Spatial;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>Conditions on the distance in metres to a geometry.</summary>
public sealed class GeometryDistanceFilterInputType : InputObjectGraphType
{
    public GeometryDistanceFilterInputType()
    {
        Name = "GeometryDistanceFilterInput";
        Description =
            "Conditions on the shortest distance in metres on the Earth's ellipsoid between an item's geometry and a given geometry " +
            "(0 where they meet), e.g. `{ geometry: { type: \"Point\", coordinates: [-1.47, 53.38] }, gte: 100, lt: 500 }`. " +
            "`lt` and `lte` are answered from the spatial index.";
        Field<NonNullGraphType<GeoJsonGraphType>>("geometry").Description("The geometry to measure from, as GeoJSON in WGS 84 longitude/latitude.");
        Field<FloatGraphType>("buffer").Description(
            $"Grow the given geometry by this many metres first (0 to {SpatialFilterOperations.MaxMeters:N0}).");
        foreach (var (name, description) in SpatialFilterOperations.DistanceComparisons)
        {
            Field<FloatGraphType>(name).Description(description);
        }
    }
}
