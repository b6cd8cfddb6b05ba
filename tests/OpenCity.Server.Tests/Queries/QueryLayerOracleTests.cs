using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.Data;
using OpenCity.Domain.Components;
using OpenCity.Domain.Governance;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Queries;

/// <summary>
/// Randomized (with fixed seeds, so every run asks the same) <c>where</c>, <c>order</c> and page
/// sizes, sent over HTTP to the SQLite and the PostGIS server; every page is walked forwards and
/// backwards and must give exactly what LINQ-to-Objects gives over the same rows under the
/// documented rules, and both databases must give the same pages. Run on a PostGIS database with
/// the test cluster's locale and on one created with <c>en_US.UTF-8</c>.
/// </summary>
public abstract class QueryLayerOracleTests(SqliteCityFixture sqlite, PostGisCityFixture postgis)
{
    private const int ComponentCases = 40;
    private const int UnitCases = 12;
    private const int NestedCases = 10;

    /// <summary>Page sizes grow for long results so that a walk takes at most this many pages each way.</summary>
    private const int PagesPerWalk = 8;

    private static readonly ConnectionWalker Components = new("components", "CityComponentFilterInput", "CityComponentSortInput");
    private static readonly ConnectionWalker Units = new("governanceUnits", "GovernanceUnitFilterInput", "GovernanceUnitSortInput");

    private (string Name, OpenCityServer Server)[] Providers => [("SQLite", sqlite.Server), ("PostGIS", postgis.Server)];

    [Fact]
    public async Task Random_component_queries_page_exactly_like_the_oracle_on_both_providers()
    {
        var rows = await PublicComponentsAsync(sqlite.Server);
        Assert.Equal(rows.Select(c => (c.Id, c.Code)), (await PublicComponentsAsync(postgis.Server)).Select(c => (c.Id, c.Code)));
        var random = new Random(20250603);
        var cases = new ComponentCaseGenerator(random, rows);
        var failures = new List<string>();
        var nonEmpty = 0;
        for (var number = 1; number <= ComponentCases; number++)
        {
            var filter = cases.Where();
            var order = cases.Order();
            var expected = Expected(rows, filter, order, c => c.Id, c => c.Code);
            nonEmpty += expected.Count > 0 ? 1 : 0;
            await CheckWalksAsync(Components, $"component case {number}", filter?.Input, order, expected, PageSize(random, expected.Count), failures);
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.True(nonEmpty >= ComponentCases / 2, $"Only {nonEmpty} of {ComponentCases} cases kept any asset; the generator tests too little.");
    }

    [Fact]
    public async Task Random_governance_unit_queries_page_exactly_like_the_oracle_on_both_providers()
    {
        var rows = await UnitsAsync(sqlite.Server);
        var random = new Random(20250604);
        var cases = new UnitCaseGenerator(random, rows);
        var failures = new List<string>();
        for (var number = 1; number <= UnitCases; number++)
        {
            var filter = cases.Where();
            var order = cases.Order();
            var expected = Expected(rows, filter, order, u => u.Id, u => u.Code);
            await CheckWalksAsync(Units, $"unit case {number}", filter?.Input, order, expected, PageSize(random, expected.Count), failures);
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public async Task Random_queries_on_the_city_s_components_give_the_oracle_s_first_page_on_both_providers()
    {
        const string query = """
            query ($where: CityComponentFilterInput, $order: [CityComponentSortInput!], $first: Int) {
              city { components(where: $where, order: $order, first: $first) { totalCount nodes { code } } }
            }
            """;
        var city = (await UnitsAsync(sqlite.Server)).Single(u => u.Level == GovernanceLevel.City);
        var rows = (await PublicComponentsAsync(sqlite.Server)).Where(c => c.GridUnit?.Path.StartsWith(city.Path, StringComparison.Ordinal) == true).ToList();
        var random = new Random(20250605);
        var cases = new ComponentCaseGenerator(random, rows);
        var failures = new List<string>();
        for (var number = 1; number <= NestedCases; number++)
        {
            var filter = cases.Where();
            var order = cases.Order();
            var expected = Expected(rows, filter, order, c => c.Id, c => c.Code);
            var first = random.Next(1, 61);
            var variables = new Dictionary<string, object?> { ["where"] = filter?.Input, ["order"] = Inputs(order), ["first"] = first };
            var label = $"nested case {number}: city {{ components }} with variables {JsonSerializer.Serialize(variables)}";
            foreach (var (provider, server) in Providers)
            {
                var response = await server.PostAsync(query, variables);
                if (response["errors"] is { } errors)
                {
                    failures.Add($"{label} on {provider}: GraphQL errors {errors.ToJsonString()}");
                    continue;
                }

                var connection = response["data"]!["city"]!["components"]!;
                var codes = connection["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()).ToList();
                Compare(failures, $"{label} on {provider}, first page", [.. expected.Take(first)], codes);
                var totalCount = connection["totalCount"]!.GetValue<int>();
                if (totalCount != expected.Count)
                {
                    failures.Add($"{label} on {provider}: totalCount {totalCount}, expected {expected.Count}.");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static List<string> Expected<T>(
        IEnumerable<T> rows, OracleFilter<T>? filter, IReadOnlyList<OracleSortKey<T>> order, Func<T, long> id, Func<T, string> code) =>
        [.. OracleOrdering.Sort(filter is null ? rows : rows.Where(filter.Matches), order, id).Select(code)];

    private static List<Dictionary<string, object?>> Inputs<T>(IEnumerable<OracleSortKey<T>> order) => [.. order.Select(k => k.Input)];

    /// <summary>A random size from 1 to 60, raised for long results so a walk stays within <see cref="PagesPerWalk"/> pages.</summary>
    private static int PageSize(Random random, int count) => Math.Min(500, Math.Max(random.Next(1, 61), (count + PagesPerWalk - 1) / PagesPerWalk));

    private async Task CheckWalksAsync<T>(
        ConnectionWalker walker,
        string label,
        Dictionary<string, object?>? where,
        IReadOnlyList<OracleSortKey<T>> order,
        List<string> expected,
        int pageSize,
        List<string> failures)
    {
        var variables = JsonSerializer.Serialize(new { where, order = Inputs(order), pageSize });
        var context = $"{label}: variables {variables}, page size {pageSize}, {expected.Count} expected";
        var maxPages = Math.Max(1, (expected.Count + pageSize - 1) / pageSize) + 1;
        var walks = new List<(string Provider, ConnectionWalk Walk)>();
        foreach (var (provider, server) in Providers)
        {
            var walk = await walker.WalkAsync(server, where, Inputs(order), pageSize, maxPages);
            walks.Add((provider, walk));
            var at = $"{context} on {provider}";
            if (walk.Error is not null)
            {
                failures.Add($"{at}: {walk.Error}");
                continue;
            }

            Compare(failures, $"{at}, forwards (first/after)", expected, walk.ForwardCodes);
            Compare(failures, $"{at}, backwards (last/before)", expected, walk.BackwardCodes);
            CheckPageSizes(failures, $"{at}, forwards", walk.Forward, pageSize);
            CheckPageSizes(failures, $"{at}, backwards", walk.Backward, pageSize);
            if (walk.TotalCounts.Any(count => count != expected.Count))
            {
                failures.Add($"{at}: totalCount forwards and backwards [{string.Join(", ", walk.TotalCounts)}], expected {expected.Count}.");
            }
        }

        var (sqliteName, fromSqlite) = walks[0];
        var (postGisName, fromPostGis) = walks[1];
        if (fromSqlite.Error is null && fromPostGis.Error is null && !Pages(fromSqlite).SequenceEqual(Pages(fromPostGis)))
        {
            failures.Add($"{context}: {sqliteName} and {postGisName} cut the pages differently: [{string.Join(" | ", Pages(fromSqlite))}] vs [{string.Join(" | ", Pages(fromPostGis))}]");
        }
    }

    private static IEnumerable<string> Pages(ConnectionWalk walk) =>
        walk.Forward.Concat(walk.Backward).Select(page => string.Join(",", page));

    /// <summary>Every page but the last one fetched is full, and no page is empty unless the whole list is.</summary>
    private static void CheckPageSizes(List<string> failures, string context, List<List<string>> pages, int pageSize)
    {
        var sizes = pages.Select(p => p.Count).ToList();
        var full = sizes.Take(sizes.Count - 1).All(size => size == pageSize);
        var last = sizes[^1];
        if (!full || last > pageSize || (last == 0 && sizes.Count > 1))
        {
            failures.Add($"{context}: page sizes [{string.Join(", ", sizes)}] for page size {pageSize}.");
        }
    }

    private static void Compare(List<string> failures, string context, List<string> expected, List<string> actual)
    {
        var index = 0;
        while (index < expected.Count && index < actual.Count && expected[index] == actual[index])
        {
            index++;
        }

        if (index < expected.Count || index < actual.Count)
        {
            failures.Add(
                $"{context}: first difference at position {index} (expected {expected.Count} items, got {actual.Count}): " +
                $"expected [{string.Join(", ", expected.Skip(index).Take(4))}], got [{string.Join(", ", actual.Skip(index).Take(4))}].");
        }
    }

    private static async Task<List<CityComponent>> PublicComponentsAsync(OpenCityServer server)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContextAsync();
        return await db.Components.IgnoreQueryFilters().AsNoTracking().Include(c => c.Owner).Include(c => c.GridUnit)
            .Where(c => c.Sensitivity == Sensitivity.Public).OrderBy(c => c.Id).ToListAsync();
    }

    private static async Task<List<GovernanceUnit>> UnitsAsync(OpenCityServer server)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContextAsync();
        return await db.GovernanceUnits.AsNoTracking().OrderBy(u => u.Id).ToListAsync();
    }
}
