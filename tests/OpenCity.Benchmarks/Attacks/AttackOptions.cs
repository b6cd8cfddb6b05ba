using System.Globalization;

namespace OpenCity.Benchmarks.Attacks;

/// <summary>The attack benchmark's command line: <c>attacks [--only a,b] [--client-timeout 30] [--out path] [--settle-limit 120]</c>.</summary>
/// <param name="Only">The shapes to run (all when empty).</param>
/// <param name="ClientTimeout">How long the client waits for an answer, like <c>curl -m</c>.</param>
/// <param name="OutputPath">Where the Markdown table is written.</param>
/// <param name="SettleLimit">
/// How long the server may stay busy after a shape before it is restarted, so that work left
/// over from one shape is not charged to the next.
/// </param>
public sealed record AttackOptions(IReadOnlySet<string> Only, TimeSpan ClientTimeout, string OutputPath, TimeSpan SettleLimit)
{
    public const string Usage =
        "usage: attacks [--only <name>[,<name>…]] [--client-timeout <seconds>] [--out <path>] [--settle-limit <seconds>]";

    /// <exception cref="ArgumentException">An unknown option or a value that is not a positive number.</exception>
    public static AttackOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var only = new HashSet<string>(StringComparer.Ordinal);
        var clientTimeout = TimeSpan.FromSeconds(30);
        var output = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts", "attacks.md");
        var settleLimit = TimeSpan.FromSeconds(120);
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--only":
                    only.UnionWith(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case "--client-timeout":
                    clientTimeout = Seconds(args[i], value);
                    break;
                case "--out":
                    output = Path.GetFullPath(value);
                    break;
                case "--settle-limit":
                    settleLimit = Seconds(args[i], value);
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}.");
            }

            i++;
        }

        return new AttackOptions(only, clientTimeout, output, settleLimit);
    }

    private static TimeSpan Seconds(string option, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : throw new ArgumentException($"{option} takes a positive number of seconds, not '{value}'.");
}
