namespace OpenCity.Data.Tests.Spatial;

/// <summary>PostGIS serves the spatial queries from the GiST indexes, on geometry and on geography.</summary>
public sealed class PostgreSqlSpatialPlanTests(PostgreSqlSmallCityFixture fixture) : IClassFixture<PostgreSqlSmallCityFixture>
{
    [Fact]
    public async Task A_within_polygon_query_uses_the_geometry_gist_index()
    {
        await using var context = fixture.CreateContext();
        var plan = await SpatialPlanQueries.ExplainAsync(SpatialPlanQueries.WithinCommunity(fixture, context), "EXPLAIN", column: 0);

        Assert.Contains("ix_components_geometry", plan);
        Assert.DoesNotContain("Seq Scan", plan);
    }

    [Fact]
    public async Task A_nearest_query_walks_the_geography_gist_index_in_distance_order()
    {
        await using var context = fixture.CreateContext();
        var plan = await SpatialPlanQueries.ExplainAsync(SpatialPlanQueries.TenNearest(fixture, context), "EXPLAIN", column: 0);

        Assert.Contains("Index Scan using ix_components_geometry_geography", plan);
        Assert.Contains("Order By: ((geometry)::geography <-> ", plan);
        Assert.DoesNotContain("Seq Scan", plan);
    }
}
