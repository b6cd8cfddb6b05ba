using System.Text;
using System.Text.Json.Nodes;
using Npgsql;
using OpenCity.Benchmarks.Attacks;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Security;

/// <summary>
/// A client that leaves stops the work it started: after an abandoned expensive request, no statement
/// of it is still running two seconds later, and none starts afterwards. The server's cost limits are
/// raised here so that the request is expensive at all, and its timeout too (a minute), so that only
/// the client's leaving can have stopped the work.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class AbandonedRequestTests(SqlCommandLog log, SqliteCityFixture sqlite, PostGisCityFixture postgis)
{
    private const int Aliases = 200;

    /// <summary>A harmless keyword that marks this test's connections apart from every other server's.</summary>
    private const string Marker = "Application Name=abandoned-request-test";

    [Theory]
    [InlineData("SQLite")]
    [InlineData("PostGIS")]
    public async Task An_abandoned_request_leaves_no_statement_running(string provider)
    {
        var (settings, connectionString) = provider == "SQLite"
            ? (sqlite.Settings, sqlite.Settings["ConnectionStrings:OpenCity"]! + ";Default Timeout=31")
            : (postgis.Settings, new NpgsqlConnectionStringBuilder(postgis.Settings["ConnectionStrings:OpenCity"]) { ApplicationName = "abandoned-request-test" }.ConnectionString);
        await using var server = new OpenCityServer(new Dictionary<string, string?>(settings)
        {
            ["ConnectionStrings:OpenCity"] = connectionString,
            ["OpenCity:GraphQL:Cost:MaxCost"] = "1000000000",
            ["OpenCity:GraphQL:Cost:MaxResultSize"] = "1000000000",
            ["OpenCity:GraphQL:Limits:MaxAliases"] = "1000",
            ["OpenCity:GraphQL:Limits:Timeout"] = "00:01:00",
        });
        var ours = provider == "SQLite"
            ? (Func<string, bool>)(c => c.Contains("Default Timeout=31", StringComparison.OrdinalIgnoreCase))
            : c => c.Contains(Marker, StringComparison.OrdinalIgnoreCase);
        var facts = await CityFacts.LoadAsync(server.BaseAddress, CancellationToken.None);

        // Each alias counts every component by its distance to a long line: hundreds of statements of real work.
        var query = "query ($g: GeoJSON!) { " + string.Join(' ', Enumerable.Range(0, Aliases).Select(i =>
            $"a{i}: components(where: {{ geometry: {{ distance: {{ geometry: $g, gt: {i} }} }} }}) {{ totalCount }}")) + " }";
        var body = new JsonObject { ["query"] = query, ["variables"] = new JsonObject { ["g"] = AttackDocuments.RandomWalk(facts.Extent, 1_500) } };
        using var leave = new CancellationTokenSource();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        var sending = server.Client.SendAsync(request, leave.Token);

        await WaitUntilAsync(() => log.Running(ours) > 0, TimeSpan.FromSeconds(30), "the request never started a statement");
        await leave.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);

        await WaitUntilAsync(() => log.Running(ours) == 0, TimeSpan.FromSeconds(2), "a statement was still running 2 s after the client left");
        await Task.Delay(500);
        Assert.Equal(0, log.Running(ours));
        Assert.Equal("Query", (await server.QueryDataAsync("{ __typename }"))["__typename"]!.GetValue<string>());
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan within, string failure)
    {
        var deadline = DateTime.UtcNow + within;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(10);
        }
    }
}
