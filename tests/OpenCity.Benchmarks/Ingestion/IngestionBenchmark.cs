using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.Benchmarks.Queries;
using OpenCity.Data;
using OpenCity.Data.Seeding;
using OpenCity.Domain.Components;
using OpenCity.Server.Auth;

namespace OpenCity.Benchmarks.Ingestion;

/// <summary>
/// Rows per second through <c>POST /ingest/readings</c> on the medium city on PostGIS, side by side in
/// one run: NDJSON and CSV of new readings, and the same NDJSON replayed (every row a duplicate).
/// Each body is built before the clock starts; the figure is the request's wall time on Kestrel over
/// loopback, with the process's CPU time per thousand rows (client and server share the process, the
/// client only streams a prepared buffer). Run:
/// <c>dotnet run -c Release --project tests/OpenCity.Benchmarks -- ingest [rows]</c>.
/// </summary>
public static class IngestionBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rows = args is [var count, ..] ? int.Parse(count, CultureInfo.InvariantCulture) : 200_000;
        var settings = new Dictionary<string, string?> { ["OpenCity:RateLimiting:Enabled"] = "false" };
        await using var server = await BenchmarkServer.StartAsync(BenchmarkCity.PostGis("opencity_bench_queries", CitySize.Medium), null, CancellationToken.None, settings: settings);
        var token = server.Services.GetRequiredService<TokenIssuer>().Issue(Caller.Admin("benchmark"), TimeSpan.FromHours(1));
        var sensors = await SensorsAsync(server.Services);
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        // Far-future times, removed before and after, so every run starts from the medium city as seeded.
        var start = new DateTime(2090, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await RemoveBenchmarkReadingsAsync(server.Services, start);
        var ndjson = Body(sensors, rows, start, csv: false);
        var csv = Body(sensors, rows, start.AddYears(1), csv: true);

        // One request of each body at full size first (other times), so that JIT tiering, the
        // garbage collector's heap growth and connection set-up are not measured.
        await PostAsync(client, Body(sensors, rows, start.AddYears(2), csv: false), "application/x-ndjson");
        await PostAsync(client, Body(sensors, rows, start.AddYears(3), csv: true), "text/csv");
        Console.WriteLine($"Ingestion into PostGIS, medium city, {rows:N0} rows per request, {sensors.Count} sensors");
        Console.WriteLine("| body | rows/s | CPU ms per 1,000 rows | recorded | duplicates |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        await MeasureAsync(client, "NDJSON, new rows", ndjson, "application/x-ndjson", rows);
        await MeasureAsync(client, "CSV, new rows", csv, "text/csv", rows);
        await MeasureAsync(client, "NDJSON replayed (all duplicates)", ndjson, "application/x-ndjson", rows);
        await RemoveBenchmarkReadingsAsync(server.Services, start);
        return 0;
    }

    private static async Task MeasureAsync(HttpClient client, string name, byte[] body, string mediaType, int rows)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var answer = await PostAsync(client, body, mediaType);
        clock.Stop();
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        Console.WriteLine(FormattableString.Invariant(
            $"| {name} | {rows / clock.Elapsed.TotalSeconds:N0} | {cpuMs / rows * 1000:F1} | {answer.RootElement.GetProperty("recorded").GetInt64():N0} | {answer.RootElement.GetProperty("duplicates").GetInt64():N0} |"));
    }

    private static async Task<System.Text.Json.JsonDocument> PostAsync(HttpClient client, byte[] body, string mediaType)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        using var response = await client.PostAsync("/ingest/readings", content);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? System.Text.Json.JsonDocument.Parse(text) : throw new InvalidOperationException($"{(int)response.StatusCode}: {text}");
    }

    /// <summary>Readings of every sensor in turn, one a minute each.</summary>
    private static byte[] Body(IReadOnlyList<string> sensors, int rows, DateTime start, bool csv)
    {
        var text = new StringBuilder(rows * 110);
        if (csv)
        {
            text.Append("component,metric,measuredAt,value,unit\n");
        }

        for (var i = 0; i < rows; i++)
        {
            var sensor = sensors[i % sensors.Count];
            var at = start.AddMinutes(i / sensors.Count).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            var value = (2.5 + (i % 97) / 100.0).ToString(CultureInfo.InvariantCulture);
            text.Append(csv
                ? $"{sensor},pressure,{at},{value},bar\n"
                : $$"""{"component":"{{sensor}}","metric":"pressure","measuredAt":"{{at}}","value":{{value}},"unit":"bar"}""" + "\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static async Task RemoveBenchmarkReadingsAsync(IServiceProvider services, DateTime from)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContextAsync();
        if (await db.Readings.IgnoreQueryFilters().Where(r => r.MeasuredAt >= from).ExecuteDeleteAsync() > 0)
        {
            // Now rather than by autovacuum in the middle of the next run's measurements.
            await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE) readings");
        }
    }

    private static async Task<List<string>> SensorsAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContextAsync();
        return await db.Components.IgnoreQueryFilters().Where(c => c.Kind == ComponentKind.Sensor).OrderBy(c => c.Id).Select(c => c.Code).Take(500).ToListAsync();
    }
}
