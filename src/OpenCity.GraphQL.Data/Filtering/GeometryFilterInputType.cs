using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>
/// Spatial conditions on a geometry (<c>GeometryFilterInput</c>), named like Hot Chocolate's
/// spatial filtering but with every distance in metres on the WGS 84 ellipsoid.
/// </summary>
public sealed class GeometryFilterInputType : OperationFilterInputType
{
    /// <summary>The relations: name, what "keep items whose geometry …" says, and its negation.</summary>
    private static readonly (string Name, string Meaning, string Negation)[] Relations =
    [
        ("contains", "contains the given geometry: none of it lies outside, and not all of it on the edge", "does not contain the given geometry"),
        ("intersects", "meets the given geometry anywhere (shares at least one point)", "does not meet the given geometry at all"),
        ("within", "lies inside the given geometry: none of it outside, and not all of it on the edge (a road along a border is not within)", "does not lie inside the given geometry"),
        ("overlaps", "overlaps the given geometry: both of the same dimension, each with a part outside the other", "does not overlap the given geometry"),
        ("touches", "touches the given geometry only along its edge, without their insides meeting", "does not touch the given geometry"),
        ("crosses", "crosses the given geometry, e.g. a line passing through an area and out again", "does not cross the given geometry"),
    ];

    public GeometryFilterInputType()
    {
        Name = "GeometryFilterInput";
        Description =
            "Spatial conditions on a geometry, e.g. `{ within: { geometry: { type: \"Polygon\", coordinates: [...] } } }` or " +
            "`{ dwithin: { geometry: { type: \"Point\", coordinates: [-1.47, 53.38] }, meters: 300 } }`. Geometries are GeoJSON in " +
            "WGS 84 longitude/latitude; every distance and buffer is in metres on the Earth's ellipsoid. Give several conditions " +
            "and an item must meet all of them. An `n…` operation keeps exactly the items its positive operation drops.";
        foreach (var (name, meaning, negation) in Relations)
        {
            Operation<GeometryRelationFilterInputType>(name, $"Keep items whose geometry {meaning}.");
            Operation<GeometryRelationFilterInputType>($"n{name}", $"Keep items whose geometry {negation}.");
        }

        Operation<GeometryDistanceFilterInputType>(
            "distance", "Conditions on the shortest distance in metres between the item's geometry and a given one, e.g. `{ geometry: …, lt: 500 }`.");
        Operation<GeometryWithinDistanceFilterInputType>(
            "dwithin", "Keep items whose geometry lies within a number of metres of a given geometry, e.g. hydrants within 300 m of a fire.");
        Operation<ListGraphType<NonNullGraphType<FloatGraphType>>>(
            "bbox",
            "Keep items whose geometry meets a box `[west, south, east, north]` in degrees of longitude and latitude, e.g. the map's " +
            "view. A box with west greater than east crosses the antimeridian.");
    }
}
