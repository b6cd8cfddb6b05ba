using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenCity.Server.Auth;
using OpenCity.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// Issue 8, point 12: seeded, schema-aware random requests — valid and invalid documents,
/// variables, filters, GeoJSON, paging, HTTP-level faults — against the real server on SQLite
/// and, fewer of them, on PostGIS.
/// None may get a 5xx, an INTERNAL_ERROR, a stack trace or a non-JSON answer (see
/// <see cref="FuzzOracle"/>). Settings and replay: see <see cref="FuzzSettings"/>.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class FuzzTests(SqliteCityFixture sqlite, PostGisCityFixture postgis, ITestOutputHelper output)
{
    [Theory]
    [InlineData("SQLite", 2_000)]
    [InlineData("PostGIS", 500)]
    public async Task Random_requests_never_get_a_server_error_an_internal_error_a_stack_trace_or_a_non_JSON_answer(string provider, int requests)
    {
        var settings = FuzzSettings.FromEnvironment(requests);
        await using var target = FuzzTarget.Create(provider == "SQLite" ? sqlite : postgis, settings.Environment);
        var schema = SchemaModel.Parse(await target.Server.QueryDataAsync(SchemaModel.IntrospectionQuery));
        // Harvested as an admin, so that lists only staff may read (the audit log) give values too.
        var harvest = CityHarvest.Read(schema, await target.Server.QueryDataAsync(CityHarvest.Query(schema), token: TestTokens.Issue(Caller.Admin("fuzz"))));
        using var client = new FuzzClient(target.Server.BaseAddress, settings.Timeout);
        using var serverLog = new ServerExceptionLog();
        target.Server.Services.GetRequiredService<ILoggerFactory>().AddProvider(serverLog);
        var runner = new FuzzRunner(client, new FuzzCaseGenerator(schema, harvest), serverLog);

        // Server and client share this process: its processor time is what the run costs, whatever else runs on the machine.
        var processorTime = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var outcomes = await runner.RunAsync(settings.Seeds(), settings.Parallelism, CancellationToken.None);
        stopwatch.Stop();
        processorTime = Process.GetCurrentProcess().TotalProcessorTime - processorTime;

        output.WriteLine(FuzzReport.Summary(settings, outcomes, stopwatch.Elapsed, processorTime));
        if (settings.Replay is { } replayed)
        {
            string? bodyFile = null;
            if (outcomes[0].Request.Body is { } body)
            {
                bodyFile = Path.Combine(Path.GetTempPath(), $"opencity-fuzz-{replayed}.body");
                await File.WriteAllBytesAsync(bodyFile, body);
            }

            output.WriteLine(FuzzReport.Replay(outcomes[0], bodyFile));
        }

        Assert.True(outcomes.All(o => !o.Failed), FuzzReport.Failures(outcomes));
    }
}
