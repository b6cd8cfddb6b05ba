using System.Globalization;
using System.Text;

namespace OpenCity.Benchmarks.Attacks;

/// <summary>The results as a Markdown table, with the run's conditions above and any crash output below.</summary>
public static class AttackTable
{
    public static string Render(IReadOnlyList<AttackResult> results, IEnumerable<string> conditions)
    {
        ArgumentNullException.ThrowIfNull(results);
        var text = new StringBuilder("# Attack shapes of issue 8\n\n");
        foreach (var condition in conditions)
        {
            text.Append("- ").AppendLine(condition);
        }

        text.AppendLine()
            .AppendLine("| shape | request bytes | status | error codes | answer bytes | wall | server CPU during | server CPU in 10 s after | RSS before / peak / after | answers afterwards | notes |")
            .AppendLine("|---|---:|---|---|---:|---:|---:|---:|---:|---|---|");
        foreach (var r in results)
        {
            text.AppendLine(Invariant(
                $"| `{r.Shape}` | {r.RequestBytes:N0} | {r.Status} | {Cell(r.Codes)} | {Figure(r.AnswerBytes)} | {Wall(r.Wall)} | {Milliseconds(r.CpuDuringMs)} | {Milliseconds(r.CpuAfterMs)} | {Megabytes(r.RssBeforeMb)} / {Megabytes(r.RssPeakMb)} / {Megabytes(r.RssAfterMb)} MB | {r.AnswersAfterwards} | {Cell(r.Notes)} |"));
        }

        foreach (var r in results.Where(r => r.ServerOutput is not null))
        {
            text.AppendLine().AppendLine(Invariant($"## What the server wrote before it died: `{r.Shape}`")).AppendLine()
                .AppendLine("```text").Append(r.ServerOutput).AppendLine("```");
        }

        return text.ToString();
    }

    private static string Wall(TimeSpan wall) => wall < TimeSpan.FromSeconds(1) ? Invariant($"{wall.TotalMilliseconds:F0} ms") : Invariant($"{wall.TotalSeconds:F2} s");

    private static string Cell(string text) => text.Length == 0 ? "—" : text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Figure(long? value) => value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : "—";

    private static string Milliseconds(double? value) => value is { } v ? Invariant($"{v:N0} ms") : "—";

    private static string Megabytes(double? value) => value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : "—";

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
