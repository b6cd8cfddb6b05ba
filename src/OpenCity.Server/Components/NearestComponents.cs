using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using OpenCity.Data;
using OpenCity.Geospatial.Querying;
using OpenCity.GraphQL.Data.Cost;
using OpenCity.GraphQL.Data.Errors;
using OpenCity.GraphQL.Data.Filtering;
using OpenCity.GraphQL.Data.Spatial;

namespace OpenCity.Server.Components;

/// <summary><c>componentsNear</c>: the public assets nearest to a point, nearest first, served by the spatial index.</summary>
public sealed class NearestComponents(IDbContextFactory<OpenCityDbContext> contexts)
{
    public const int DefaultCount = 10;
    public const int MaxCount = 100;
    public const double DefaultMaxDistanceMeters = 1_000;
    public const double MaxDistanceMeters = 50_000;

    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NearbyComponentType>>>>("componentsNear")
            .Description(
                "The public assets nearest to a point, nearest first, each with its distance in metres, e.g. the ten hydrants nearest " +
                "to a fire: `componentsNear(point: { type: \"Point\", coordinates: [-1.47, 53.38] }, where: { kind: { eq: HYDRANT } })`.")
            .Argument<NonNullGraphType<GeoJsonGraphType>>("point", "The point to search from, a GeoJSON Point in WGS 84 longitude/latitude.")
            .Argument<FloatGraphType>(
                "maxDistanceMeters",
                $"Only assets at most this many metres away (up to {MaxDistanceMeters:N0}; default {DefaultMaxDistanceMeters:N0}).")
            .Argument<IntGraphType>("first", $"How many assets to return at most (1 to {MaxCount}; default {DefaultCount}).")
            .WithFilterArgument(typeof(CityComponentFilterInputType))
            .Cost(10)
            .SizedBy("first", DefaultCount)
            .ResolveAsync(async ctx => await SearchAsync(ctx));

    private async Task<IReadOnlyList<NearbyComponent>> SearchAsync(IResolveFieldContext ctx)
    {
        var point = ctx.GetArgument<Geometry>("point") as Point
            ?? throw Invalid("`point` must be a GeoJSON Point, e.g. `{ type: \"Point\", coordinates: [-1.47, 53.38] }`.");
        var maxMeters = ctx.GetArgument("maxDistanceMeters", DefaultMaxDistanceMeters);
        if (!(maxMeters is >= 0 and <= MaxDistanceMeters))
        {
            throw Invalid($"`maxDistanceMeters` must be between 0 and {MaxDistanceMeters:N0}.");
        }

        var count = ctx.GetArgument("first", DefaultCount);
        if (count is < 1 or > MaxCount)
        {
            throw Invalid($"`first` must be between 1 and {MaxCount}.");
        }

        await using var db = await contexts.CreateDbContextAsync(ctx.CancellationToken);
        var found = await db.Components.Where(PublicComponents.Filter).ApplyFilter(ctx).NearestFirstAsync(
            db, c => c.Geometry, point, maxMeters, count, c => new NearbyComponent(c.Id, Geodesic.DistanceMeters(c.Geometry, point)), ctx.CancellationToken);

        // The database orders by an index-served distance; the answer is ordered by the exact one.
        return [.. found.OrderBy(c => c.DistanceMeters).ThenBy(c => c.ComponentId)];
    }

    private static DataLayerError Invalid(string message) => new(ComponentErrorCodes.InvalidNearestSearch, message);
}
