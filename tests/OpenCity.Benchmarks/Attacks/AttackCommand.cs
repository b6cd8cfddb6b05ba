namespace OpenCity.Benchmarks.Attacks;

/// <summary>
/// <c>dotnet run -c Release --project tests/OpenCity.Benchmarks -- attacks [--only name] [--client-timeout 30] [--out path]</c>:
/// the attack shapes of issue 8 against the real server, one at a time, as a Markdown table. Not
/// BenchmarkDotNet: a shape that takes minutes or kills the server is measured once, as a client
/// would meet it.
/// </summary>
public static class AttackCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        AttackOptions options;
        try
        {
            options = AttackOptions.Parse(args);
        }
        catch (ArgumentException exception)
        {
            await Console.Error.WriteLineAsync($"{exception.Message}\n{AttackOptions.Usage}");
            return 2;
        }

        var shapes = AttackShapes.All.Where(s => options.Only.Count == 0 || options.Only.Contains(s.Name)).ToList();
        if (options.Only.Except(shapes.Select(s => s.Name)).ToList() is [_, ..] unknown)
        {
            await Console.Error.WriteLineAsync($"Unknown shapes: {string.Join(", ", unknown)}. Known: {string.Join(", ", AttackShapes.All.Select(s => s.Name))}.");
            return 2;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        var launch = ServerLaunch.Locate();
        var loadBefore = LoadAverage();
        var started = DateTimeOffset.UtcNow;
        IReadOnlyList<AttackResult> results;
        await using (var runner = new AttackRunner(options, launch, Console.Out))
        {
            results = await runner.RunAsync(shapes, stop.Token);
        }

        var table = AttackTable.Render(results,
        [
            $"Run {started:yyyy-MM-dd HH:mm} UTC, {(DateTimeOffset.UtcNow - started).TotalMinutes:F0} min, on {Environment.ProcessorCount} cores shared with other work (load average {loadBefore} before, {LoadAverage()} after): read the figures as orders of magnitude.",
            $"Server: `dotnet {Path.GetFileName(launch.ServerAssembly)}` as a child process, Production unless the row says otherwise, SQLite small city at `{launch.DatabasePath}`.",
            $"Client timeout {options.ClientTimeout.TotalSeconds:F0} s unless the shape sets its own (like `curl -m`); shapes run one at a time, 2 s apart, each after the server went idle (or was restarted).",
            "Server CPU is user + system time from /proc/<pid>/stat; \"in 10 s after\" is the work the server did after the client got its answer or gave up. RSS is VmRSS, the peak sampled every 100 ms.",
        ]);
        Directory.CreateDirectory(Path.GetDirectoryName(options.OutputPath)!);
        await File.WriteAllTextAsync(options.OutputPath, table, CancellationToken.None);
        Console.WriteLine();
        Console.WriteLine(table);
        Console.WriteLine($"Written to {options.OutputPath}");
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
