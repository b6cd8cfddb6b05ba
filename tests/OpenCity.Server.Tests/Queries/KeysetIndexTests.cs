using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.Data;
using OpenCity.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenCity.Server.Tests.Queries;

/// <summary>
/// A deep page seeks through an index: the statement the server sends for page 5 is run again
/// under EXPLAIN, and the database must read it from the keyset index in index order (no sort),
/// on PostgreSQL starting at the cursor (a range condition, not a filter). The small city is too
/// small for PostgreSQL to prefer an index over reading the table, so sequential scans are turned
/// off for the EXPLAIN: the question is whether the index can serve the seek.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class KeysetIndexTests(SqlCommandLog sql, SqliteCityFixture sqlite, PostGisCityFixture postgis, ITestOutputHelper output)
{
    private const string Index = "ix_components_keyset_status_installed_on";

    private const string Query = """
        query ($after: String) {
          components(where: { status: { eq: OPERATIONAL } }, order: [{ installedOn: ASC }], first: 50, after: $after) {
            nodes { code }
            pageInfo { endCursor }
          }
        }
        """;

    [Fact]
    public async Task PostGIS_reads_a_deep_page_from_the_index_starting_at_the_cursor()
    {
        var plan = await ExplainDeepPageAsync(postgis.Server, "EXPLAIN ", "SET enable_seqscan = off", "RESET enable_seqscan");

        Assert.Contains($"Index Scan using {Index}", plan, StringComparison.Ordinal);
        Assert.Matches(@"Index Cond: .*ROW\(\(installed_on IS NULL\), installed_on, id\) > ROW\(", plan);
        Assert.DoesNotContain("Sort", plan, StringComparison.Ordinal);
    }

    /// <summary>
    /// SQLite takes the equality and the order from the index, but compares rows against the
    /// cursor as a filter: its row-value ranges need plain columns, and the index's first sort
    /// term is the expression <c>(installed_on IS NULL)</c>.
    /// </summary>
    [Fact]
    public async Task Sqlite_reads_a_deep_page_in_index_order()
    {
        var plan = await ExplainDeepPageAsync(sqlite.Server, "EXPLAIN QUERY PLAN ", null, null);

        Assert.Contains($"SEARCH c USING INDEX {Index} (status=?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    private async Task<string> ExplainDeepPageAsync(OpenCityServer server, string explain, string? before, string? after)
    {
        string? cursor = null;
        for (var page = 1; page < 5; page++)
        {
            cursor = (string)(await server.QueryDataAsync(Query, new { after = cursor }))["components"]!["pageInfo"]!["endCursor"]!;
        }

        var commands = await sql.CaptureCommandsAsync(() => server.QueryDataAsync(Query, new { after = cursor }));
        var page5 = Assert.Single(commands, c => c.Text.Contains("LIMIT", StringComparison.Ordinal));

        await using var db = await server.Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        if (before is not null)
        {
            await ExecuteAsync(connection, before);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = explain + page5.Text;
        foreach (var captured in page5.Parameters)
        {
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.Value, parameter.DbType) = (captured.Name, captured.Value ?? DBNull.Value, captured.Type);
            command.Parameters.Add(parameter);
        }

        var lines = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetValue(reader.FieldCount - 1).ToString()!);
            }
        }

        if (after is not null)
        {
            await ExecuteAsync(connection, after);
        }

        var plan = string.Join('\n', lines);
        output.WriteLine(page5.Text);
        output.WriteLine(plan);
        return plan;
    }

    private static async Task ExecuteAsync(DbConnection connection, string text)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = text;
        await command.ExecuteNonQueryAsync();
    }
}
