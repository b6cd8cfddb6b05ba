using System.Text.Json.Nodes;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Queries;

/// <summary><c>boundary(simplifyMeters:)</c>: fewer points for maps, the same on both databases, bad tolerances refused.</summary>
[Collection(CityCollection.Name)]
public sealed class BoundarySimplificationTests(SqliteCityFixture sqlite, PostGisCityFixture postgis)
{
    private const string Query = "{ governanceUnits(level: COMMUNITY, first: 20) { nodes { code exact: boundary rough: boundary(simplifyMeters: 40) } } }";

    [Fact]
    public async Task A_simplified_outline_has_no_more_points_and_is_still_a_multipolygon_on_both_databases()
    {
        var onSqlite = await sqlite.Server.QueryDataAsync(Query);
        var onPostGis = await postgis.Server.QueryDataAsync(Query);

        var nodes = onSqlite["governanceUnits"]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        Assert.Equal(onSqlite.ToJsonString(), onPostGis.ToJsonString());
        Assert.All(nodes, n =>
        {
            Assert.Equal("MultiPolygon", (string?)n!["rough"]!["type"]);
            Assert.True(Points(n["rough"]!) <= Points(n["exact"]!));
        });
        Assert.Contains(nodes, n => Points(n!["rough"]!) < Points(n["exact"]!));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("10001")]
    public async Task A_tolerance_out_of_range_is_a_coded_error(string meters)
    {
        var response = await sqlite.Server.PostAsync($"{{ city {{ boundary(simplifyMeters: {meters}) }} }}");

        Assert.Equal("INVALID_SIMPLIFICATION", (string?)response["errors"]![0]!["extensions"]!["code"]);
    }

    private static int Points(JsonNode geometry) =>
        geometry["coordinates"]!.AsArray().Sum(polygon => polygon!.AsArray().Sum(ring => ring!.AsArray().Count));
}
