using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Queries;

/// <summary>Nested lists and references are batched: the statements a query costs do not grow with its rows.</summary>
[Collection(CityCollection.Name)]
public sealed class BatchingTests(SqlCommandLog sql, SqliteCityFixture sqlite, PostGisCityFixture postgis)
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

    [Theory]
    [InlineData("{ components { totalCount } }", 1)]
    [InlineData("{ governanceUnits(first: 20) { nodes { components(where: { name: { containsIgnoreCase: \"a\" } }) { totalCount } } } }", 2)]
    [InlineData("{ components { totalCount pageInfo { hasNextPage } } }", 2)]
    public async Task A_count_alone_reads_no_page(string query, int statements)
    {
        var captured = await sql.CaptureAsync(() => sqlite.Server.QueryDataAsync(query));

        Assert.True(captured.Count == statements, $"{captured.Count} statements:\n" + string.Join("\n---\n", captured));
    }

    private async Task AssertBatchedAsync(OpenCityServer server)
    {
        var small = await CountStatementsAsync(server, 2);
        var large = await CountStatementsAsync(server, 20);

        Assert.True(small.Count == large.Count, $"{small.Count} statements for 2 rows, {large.Count} for 20:\n" + string.Join("\n---\n", large));
        Assert.InRange(large.Count, 1, 16);
    }

    private Task<IReadOnlyList<string>> CountStatementsAsync(OpenCityServer server, int first) =>
        sql.CaptureAsync(async () =>
        {
            var data = await server.QueryDataAsync(Query, new { first });
            Assert.Equal(first, data["governanceUnits"]!["nodes"]!.AsArray().Count);
        });
}
