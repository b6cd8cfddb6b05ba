namespace OpenCity.Data.Tests.Spatial;

/// <summary>SQLite finds spatial candidates through the R*Tree and reads only those rows, by id.</summary>
public sealed class SqliteSpatialPlanTests(SqliteSmallCityFixture fixture) : IClassFixture<SqliteSmallCityFixture>
{
    [Fact]
    public async Task A_within_polygon_query_searches_the_rtree_then_reads_candidates_by_id()
    {
        await using var context = fixture.CreateContext();
        var plan = await SpatialPlanQueries.ExplainAsync(SpatialPlanQueries.WithinCommunity(fixture, context), "EXPLAIN QUERY PLAN", column: 3);

        Assert.Matches(@"LIST SUBQUERY \d+\n\s*SCAN \w+ VIRTUAL TABLE INDEX 2:", plan);
        Assert.Contains("SEARCH c USING INTEGER PRIMARY KEY (rowid=?)", plan);
        Assert.DoesNotMatch(@"SCAN c(\s|$)", plan);
    }

    [Fact]
    public async Task A_nearest_query_searches_the_rtree_then_reads_candidates_by_id()
    {
        await using var context = fixture.CreateContext();
        var plan = await SpatialPlanQueries.ExplainAsync(SpatialPlanQueries.TenNearest(fixture, context), "EXPLAIN QUERY PLAN", column: 3);

        Assert.Matches(@"LIST SUBQUERY \d+\n\s*SCAN \w+ VIRTUAL TABLE INDEX 2:", plan);
        Assert.Contains("SEARCH c USING INTEGER PRIMARY KEY (rowid=?)", plan);
        Assert.DoesNotMatch(@"SCAN c(\s|$)", plan);
    }
}
