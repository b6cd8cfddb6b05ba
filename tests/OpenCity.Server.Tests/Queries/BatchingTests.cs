using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Queries;

/// <summary>Nested lists and references are batched: the statements a query costs do not grow with its rows.</summary>
[Collection(CityCollection.Name)]
public sealed class BatchingTests(SqliteCityFixture sqlite, PostGisCityFixture postgis)
{
    private const string Query = """
        query ($first: Int!) {
          governanceUnits(level: COMMUNITY, first: $first) {
            nodes {
              code
              parent { code }
              ancestors { code }
              children { code }
              components(first: 4) {
                totalCount
                nodes {
                  code
                  owner { code responsibilityAreas { name } }
                  unit { code }
                  latestReading { value }
                  links { kind from { code } to { code } }
                }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task Sqlite_statement_count_does_not_grow_with_the_page() => await AssertBatchedAsync(sqlite.Server);

    [Fact]
    public async Task PostGIS_statement_count_does_not_grow_with_the_page() => await AssertBatchedAsync(postgis.Server);

    private static async Task AssertBatchedAsync(OpenCityServer server)
    {
        var small = await CountStatementsAsync(server, 2);
        var large = await CountStatementsAsync(server, 40);

        Assert.Equal(small.Count, large.Count);
        Assert.InRange(large.Count, 1, 16);
    }

    private static async Task<IReadOnlyCollection<string>> CountStatementsAsync(OpenCityServer server, int first)
    {
        using var counter = new SqlCommandCounter();
        var data = await server.QueryDataAsync(Query, new { first });
        Assert.Equal(first, data["governanceUnits"]!["nodes"]!.AsArray().Count);
        return counter.Commands;
    }
}
