using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace OpenCity.Benchmarks.Attacks;

/// <summary>
/// Sends the shapes one at a time to the real server in a child process and measures each: what
/// the client saw, the server's CPU during the request and in the 10 s after the client left,
/// its memory, and whether it still answers. A server that died, stalled or stayed busy is
/// restarted, so that no shape is charged for another's work.
/// </summary>
public sealed class AttackRunner(AttackOptions options, ServerLaunch launch, TextWriter log) : IAsyncDisposable
{
    private const string Production = "Production";

    // An idle server spends no CPU at all; more than this is still work of the last shape.
    private const double IdleCpuMsPerSecond = 100;

    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan AfterWindow = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

    // The probe and the JIT's background compilation keep the server busy for a second or so
    // after any request; only longer work is worth a note.
    private static readonly TimeSpan BusyNoted = TimeSpan.FromSeconds(2);

    private ServerProcess? _server;

    public async Task<IReadOnlyList<AttackResult>> RunAsync(IReadOnlyList<AttackShape> shapes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shapes);
        var results = new List<AttackResult>();
        await RestartAsync(Production, cancellationToken);
        var facts = await CityFacts.LoadAsync(_server!.Address, cancellationToken);
        foreach (var shape in shapes)
        {
            results.Add(await RunAsync(shape, facts, cancellationToken));
        }

        var development = shapes.Where(s => s.AlsoInDevelopment).ToList();
        if (development.Count > 0)
        {
            await RestartAsync("Development", cancellationToken);
            foreach (var shape in development)
            {
                results.Add(await RunAsync(shape, facts, cancellationToken));
            }
        }

        return results;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private async Task<AttackResult> RunAsync(AttackShape shape, CityFacts facts, CancellationToken cancellationToken)
    {
        var server = _server!;
        var name = server.EnvironmentName == Production ? shape.Name : $"{shape.Name} ({server.EnvironmentName})";
        var request = shape.Build(facts);
        await log.WriteAsync($"{name} ({request.Body?.Length ?? 0:N0} bytes) … ");
        await Task.Delay(Pause, cancellationToken);

        var id = server.Id;
        var rssBefore = ProcessProbe.ResidentMegabytes(id);
        var cpuBefore = ProcessProbe.CpuMilliseconds(id);
        server.StandardOutput.Mark();
        server.StandardError.Mark();
        var sampler = new PeakMemorySampler(id);
        AttackOutcome outcome;
        using (var client = new AttackClient(server.Address))
        {
            outcome = await client.SendAsync(request, shape.ClientTimeout ?? options.ClientTimeout, cancellationToken);
        }

        var cpuAtEnd = ProcessProbe.CpuMilliseconds(id);
        var rssAfter = ProcessProbe.ResidentMegabytes(id);
        await sampler.DisposeAsync();
        var sinceClientLeft = Stopwatch.StartNew();

        // A reset connection is often the process going down: give it a moment to be seen as gone.
        if (outcome.Failure is not null && !server.HasExited)
        {
            await server.WaitAsync(TimeSpan.FromSeconds(1), cancellationToken);
        }

        var diedDuring = server.HasExited;
        await server.WaitAsync(AfterWindow - sinceClientLeft.Elapsed, cancellationToken);
        var cpuAfterWindow = ProcessProbe.CpuMilliseconds(id);
        var notes = new List<string>();
        if (outcome.Response is { } response && Inspect(shape, response) is { } inspection)
        {
            notes.Add(inspection);
        }

        var answers = server.HasExited ? "no: died" : await server.AnswersAsync(ProbeTimeout, cancellationToken) ? "yes" : "no answer in 10 s";
        var output = server.HasExited ? $"stderr:\n{server.StandardError.Excerpt()}stdout:\n{server.StandardOutput.Excerpt()}" : null;
        if (server.HasExited)
        {
            notes.Add(diedDuring ? "server died during the request; restarted" : $"server died {sinceClientLeft.Elapsed.TotalSeconds:F0} s after the client left; restarted");
            await RestartAsync(server.EnvironmentName, cancellationToken);
        }
        else
        {
            var settling = sinceClientLeft.Elapsed;
            var idleFrom = await SettledAsync(server, sinceClientLeft, cancellationToken);
            if (idleFrom is null)
            {
                notes.Add($"still busy {sinceClientLeft.Elapsed.TotalSeconds:F0} s after the client left; restarted");
                await RestartAsync(server.EnvironmentName, cancellationToken);
            }
            else if (idleFrom - settling > BusyNoted)
            {
                notes.Add($"busy for ~{idleFrom.Value.TotalSeconds:F0} s after the client left");
            }
        }

        var result = new AttackResult(
            name,
            request.Body?.Length ?? 0,
            diedDuring ? "server died" : outcome.Response?.Status.ToString(CultureInfo.InvariantCulture) ?? outcome.Failure!,
            outcome.Response is { } answer ? ErrorCodes.Summarize(answer.Body) : string.Empty,
            outcome.Response?.Body.Length,
            outcome.Wall,
            cpuAtEnd - cpuBefore,
            diedDuring ? null : cpuAfterWindow - cpuAtEnd,
            rssBefore,
            sampler.PeakMegabytes,
            rssAfter,
            answers,
            string.Join("; ", notes),
            output);
        await log.WriteLineAsync($"{result.Status} in {result.Wall.TotalSeconds:F2} s, server CPU {result.CpuDuringMs:N0} ms + {result.CpuAfterMs:N0} ms after; {result.Notes}");
        return result;
    }

    // How long after the client left the server went idle, or null when it stayed busy past the limit.
    private async Task<TimeSpan?> SettledAsync(ServerProcess server, Stopwatch sinceClientLeft, CancellationToken cancellationToken)
    {
        while (sinceClientLeft.Elapsed < options.SettleLimit)
        {
            var before = ProcessProbe.CpuMilliseconds(server.Id);
            var started = sinceClientLeft.Elapsed;
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            if (ProcessProbe.CpuMilliseconds(server.Id) - before < IdleCpuMsPerSecond)
            {
                return started;
            }
        }

        return null;
    }

    // Any answer may leak a stack trace; shapes that inspect for it say so themselves.
    private static string? Inspect(AttackShape shape, AttackResponse response) => shape.Inspect is { } inspect
        ? inspect(response)
        : AttackInspections.HasStackTrace(Encoding.UTF8.GetString(response.Body)) ? "stack trace in the answer" : null;

    private async Task RestartAsync(string environment, CancellationToken cancellationToken)
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }

        _server = await ServerProcess.StartAsync(launch, environment, cancellationToken);

        // Ordinary work once, so that the first shape is not charged for the server's warm-up.
        using var client = new AttackClient(_server.Address);
        await client.SendAsync(AttackRequest.Post(AttackShapes.ReadmePage), TimeSpan.FromMinutes(1), cancellationToken);
    }
}
