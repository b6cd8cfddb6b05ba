using System.Text;
using System.Text.RegularExpressions;

namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// The run in words: what was sent and answered (kinds, statuses, error codes), the time, and
/// every failure grouped by cause, with the first ones in full and how to replay them.
/// </summary>
public static partial class FuzzReport
{
    private const int FailuresShown = 20;

    public static string Summary(FuzzSettings settings, IReadOnlyList<FuzzOutcome> outcomes, TimeSpan elapsed, TimeSpan processorTime)
    {
        var text = new StringBuilder();
        text.AppendLine($"Fuzz run: master seed {settings.MasterSeed}, {outcomes.Count} requests, {settings.Parallelism} at a time, in {elapsed.TotalSeconds:0.0} s ({processorTime.TotalSeconds:0.0} s of processor time, server and client); {outcomes.Count(o => o.Failed)} failed.");
        text.AppendLine("Kinds:    " + Histogram(outcomes.Select(o => o.Request.Kind)));
        text.AppendLine("Statuses: " + Histogram(outcomes.Select(o => o.Response.TimedOut ? "timeout" : o.Response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        text.AppendLine("Codes:    " + Histogram(outcomes.SelectMany(o => o.Codes.Distinct())));
        text.AppendLine("Time:     " + string.Join(", ", outcomes.GroupBy(o => o.Request.Kind).OrderByDescending(g => g.Sum(o => o.Response.Elapsed.TotalSeconds)).Select(g => $"{g.Key} {g.Sum(o => o.Response.Elapsed.TotalSeconds):0.0} s")));
        var times = outcomes.Select(o => o.Response.Elapsed.TotalMilliseconds).Order().ToList();
        text.AppendLine($"Latency:  median {Percentile(times, 0.5):0} ms, 95th {Percentile(times, 0.95):0} ms, 99th {Percentile(times, 0.99):0} ms, total {times.Sum() / 1000:0.0} s");
        var slowest = outcomes.OrderByDescending(o => o.Response.Elapsed).Take(5);
        text.AppendLine("Slowest:  " + string.Join(", ", slowest.Select(o => $"seed {o.Seed} ({o.Request.Kind}, {o.Request.Body?.Length ?? o.Request.Target.Length} bytes → {o.Response.Body.Length} bytes) {o.Response.Elapsed.TotalMilliseconds:0} ms")));
        return text.ToString();
    }

    public static string Failures(IReadOnlyList<FuzzOutcome> outcomes)
    {
        var failed = outcomes.Where(o => o.Failed).ToList();
        var text = new StringBuilder($"{failed.Count} of {outcomes.Count} fuzz requests failed.\n\nBy cause:\n");
        foreach (var group in failed.GroupBy(Cause).OrderByDescending(g => g.Count()))
        {
            var seeds = string.Join(' ', group.Take(8).Select(o => o.Seed)) + (group.Count() > 8 ? " …" : string.Empty);
            var kinds = string.Join(", ", group.Select(o => o.Request.Kind).Distinct());
            text.AppendLine($"  {group.Count()} × {group.Key} — in {kinds}; seeds {seeds}");
        }

        foreach (var outcome in failed.Take(FailuresShown))
        {
            text.AppendLine().AppendLine($"--- request #{outcome.Index}, seed {outcome.Seed} ({outcome.Request.Kind})");
            foreach (var problem in outcome.Problems)
            {
                text.AppendLine("problem: " + problem);
            }

            foreach (var entry in outcome.ServerLog)
            {
                text.AppendLine("server logged: " + entry);
            }

            text.AppendLine("request:").AppendLine(outcome.Request.Describe(1500));
            text.AppendLine("answer:").AppendLine(outcome.Response.Describe(1500));
            text.AppendLine("replay: " + FuzzSettings.ReplayCommandLine(outcome.Seed));
        }

        if (failed.Count > FailuresShown)
        {
            text.AppendLine().AppendLine($"… and {failed.Count - FailuresShown} more; their seeds: {string.Join(' ', failed.Skip(FailuresShown).Select(o => o.Seed))}");
        }

        return text.ToString();
    }

    /// <summary>
    /// The full story of one request, for a replay, with a curl command that sends it again to a
    /// server started by hand (its body saved to <paramref name="bodyFile"/>).
    /// </summary>
    public static string Replay(FuzzOutcome outcome, string? bodyFile) =>
        $"seed {outcome.Seed} ({outcome.Request.Kind}): {(outcome.Failed ? "FAILED" : "passed")}\n"
        + string.Concat(outcome.Problems.Select(p => $"problem: {p}\n"))
        + string.Concat(outcome.ServerLog.Select(e => $"server logged: {e}\n"))
        + $"request:\n{outcome.Request.Describe(200_000)}\nanswer:\n{outcome.Response.Describe(200_000)}\n"
        + $"with curl, against `dotnet run --project src/OpenCity.Server`:\n{outcome.Request.Curl("http://localhost:5000", bodyFile)}";

    /// <summary>
    /// What failures are grouped by: their problems' causes and, when the server logged an
    /// exception, its type and message without particulars (numbers, quoted text).
    /// </summary>
    private static string Cause(FuzzOutcome outcome)
    {
        var causes = string.Join(" + ", outcome.Problems.Select(p => p.Cause).Distinct());
        if (outcome.ServerLog.Count == 0)
        {
            return causes;
        }

        var logged = outcome.ServerLog[0];
        logged = Numbers().Replace(Quoted().Replace(logged[(logged.IndexOf(": ", StringComparison.Ordinal) + 2)..], "'…'"), "N");
        return $"{causes} ← {(logged.Length <= 200 ? logged : logged[..200] + "…")}";
    }

    private static double Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(share * sorted.Count))];

    private static string Histogram(IEnumerable<string> values) =>
        string.Join(", ", values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));

    [GeneratedRegex("\"[^\"]*\"|'[^']*'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Numbers();
}
