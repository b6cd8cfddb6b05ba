using System.Text.RegularExpressions;
using OpenCity.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenCity.Server.Tests.Queries;

/// <summary>
/// The server folds case with one SQL call per folded column (<c>translate(…)</c> on PostgreSQL,
/// <c>opencity_fold(…)</c> on SQLite), and PostgreSQL serves the <c>…IgnoreCase</c> operations
/// from the indexes on the folded text: the statement the server sends is run again under
/// EXPLAIN, as it was sent (no planner settings changed).
/// </summary>
[Collection(CityCollection.Name)]
public sealed class CaseInsensitiveQueryTests(SqlCommandLog sql, SqliteCityFixture sqlite, PostGisCityFixture postgis, ITestOutputHelper output)
{
    private const string CountQuery = "query($where: CityComponentFilterInput) { components(where: $where) { totalCount } }";

    [Theory]
    [InlineData("SQLite", "opencity_fold(")]
    [InlineData("PostGIS", "translate(")]
    public async Task Each_folded_column_is_one_function_call(string provider, string function)
    {
        var server = provider == "SQLite" ? sqlite.Server : postgis.Server;
        var where = new
        {
            or = new object[]
            {
                new { name = new { containsIgnoreCase = "BRIDGE" } }, new { code = new { eqIgnoreCase = "sl-000001" } },
                new { name = new { startsWithIgnoreCase = "hydrant" } }, new { name = new { nendsWithIgnoreCase = "ROAD" } },
            },
        };

        var commands = await sql.CaptureAsync(() => server.QueryDataAsync(CountQuery, new { where }));

        var count = Assert.Single(commands, IsCount);
        Assert.Equal(4, Regex.Count(count, Regex.Escape(function)));
        Assert.DoesNotContain("replace(", count, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostGIS_finds_a_name_ignoring_case_through_the_folded_name_index()
    {
        var name = await SomeNameAsync();

        var plan = await ExplainCountAsync(new { name = new { eqIgnoreCase = name.ToUpperInvariant() } });

        Assert.Contains("ix_components_name_folded", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostGIS_finds_a_code_prefix_ignoring_case_through_the_folded_code_index()
    {
        var plan = await ExplainCountAsync(new { code = new { startsWithIgnoreCase = "hy-00001" } });

        Assert.Contains("ix_components_code_folded", plan, StringComparison.Ordinal);
        Assert.Matches(@"Index Cond: .*~>=~", plan);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostGIS_finds_part_of_a_name_ignoring_case_through_the_trigram_index()
    {
        var name = await SomeNameAsync();

        var plan = await ExplainCountAsync(new { name = new { containsIgnoreCase = name[1..^1].ToUpperInvariant() } });

        Assert.Contains("Bitmap Index Scan on ix_components_name_folded_trgm", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
    }

    private static bool IsCount(string text) => text.Contains("COUNT(*)", StringComparison.OrdinalIgnoreCase);

    /// <summary>The name of the first asset: a few assets share it.</summary>
    private async Task<string> SomeNameAsync()
    {
        var data = await postgis.Server.QueryDataAsync("{ components(first: 1) { nodes { name } } }");
        return (string)data["components"]!["nodes"]![0]!["name"]!;
    }

    private async Task<string> ExplainCountAsync(object where)
    {
        var commands = await sql.CaptureCommandsAsync(() => postgis.Server.QueryDataAsync(CountQuery, new { where }));
        var count = Assert.Single(commands, c => IsCount(c.Text));
        var plan = await QueryPlans.ExplainAsync(postgis.Server, count, "EXPLAIN ");
        output.WriteLine(count.Text);
        output.WriteLine(plan);
        return plan;
    }
}
