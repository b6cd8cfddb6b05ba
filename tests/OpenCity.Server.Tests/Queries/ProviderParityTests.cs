using System.Text.Json.Nodes;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Queries;

/// <summary>
/// The same queries against the embedded SQLite server and a PostGIS server, both seeded with
/// the same small city, must give byte-identical answers: on a database with the test cluster's
/// locale (<see cref="PostGisProviderParityTests"/>) and on one created with <c>en_US.UTF-8</c>
/// (<see cref="EnUsPostGisProviderParityTests"/>).
/// </summary>
public abstract class ProviderParityTests(SqliteCityFixture sqlite, PostGisCityFixture postgis)
{
    public static TheoryData<string> Queries => new()
    {
        """{ city { id code name level areaSquareMeters centroid boundary children { code name level parent { code } } } }""",
        """{ governanceUnits(level: GRID, first: 20) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { code name ancestors { code level } } } } }""",
        """{ governanceUnits(level: COMMUNITY, last: 7) { pageInfo { hasNextPage hasPreviousPage } nodes { code children { code } } } }""",
        """
        {
          components(first: 40) {
            totalCount
            nodes {
              id code name kind domain status geometry installedOn attributes sensitivity
              owner { code name domain }
              unit { code level }
              links { kind from { code } to { code } }
              latestReading { metric measuredAt value unitOfMeasure }
            }
          }
        }
        """,
        """{ departments { totalCount nodes { id code name domain description responsibilityAreas { name area } } } }""",
        """{ indicators(first: 100) { nodes { id code name unit aggregation description source licence } } }""",
        """{ observations(indicator: "population", first: 30) { totalCount nodes { indicator { code } unit { code level } period value } } }""",
        """{ datasets { nodes { code title description publisher licence updateFrequency lastUpdated keywords } } }""",
        """{ city { children { code components(first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { code unit { code } } } } } }""",
        """{ serviceRequests(first: 30, order: [{ submittedAt: DESC }]) { totalCount nodes { id code category status location submittedAt updatedAt department { code } unit { code } } } }""",
        """{ city { children(order: [{ name: DESC }]) { code name children(where: { name: { containsIgnoreCase: "a" } }) { code name } } } }""",
        """{ components(where: { kind: { eq: HYDRANT } }, order: [{ installedOn: DESC }], first: 20) { totalCount nodes { code installedOn } } }""",
        """{ city { components(where: { owner: { code: { eq: "WATER" } } }, order: [{ name: ASC }], first: 10) { totalCount nodes { code name } } } }""",
        """{ componentAggregate(groupBy: [KIND], where: { status: { neq: OPERATIONAL } }) { kind count } }""",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Sqlite_and_PostGIS_give_identical_answers(string query)
    {
        var fromSqlite = await sqlite.Server.QueryDataAsync(query);
        var fromPostGis = await postgis.Server.QueryDataAsync(query);

        Assert.Equal(fromSqlite.ToJsonString(), fromPostGis.ToJsonString());
        Assert.NotEmpty(Leaves(fromSqlite));
    }

    [Fact]
    public async Task Paging_through_a_nested_list_gives_identical_pages()
    {
        const string query = """
            query ($after: String) {
              city { components(first: 200, after: $after) { pageInfo { hasNextPage endCursor } nodes { code } } }
            }
            """;
        string? after = null;
        for (var page = 0; page < 3; page++)
        {
            var fromSqlite = await sqlite.Server.QueryDataAsync(query, new { after });
            var fromPostGis = await postgis.Server.QueryDataAsync(query, new { after });
            Assert.Equal(fromSqlite.ToJsonString(), fromPostGis.ToJsonString());
            after = fromSqlite["city"]!["components"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
    }

    private static IEnumerable<JsonNode?> Leaves(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Leaves(p.Value)),
        JsonArray array => array.SelectMany(Leaves),
        _ => [node],
    };
}
