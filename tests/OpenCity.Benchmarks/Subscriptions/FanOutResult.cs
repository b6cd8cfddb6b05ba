using System.Globalization;

namespace OpenCity.Benchmarks.Subscriptions;

/// <summary>One phase's row: latencies from commit to delivery, and deliveries per second over the phase.</summary>
public sealed record FanOutResult(string Phase, long Deliveries, long Expected, double P50, double P99, double Max, double PerSecond, long Missed, long Dropped)
{
    /// <summary>Takes the deliveries recorded since the previous phase.</summary>
    public static FanOutResult Of(string phase, DeliveryLog log, long expected, TimeSpan elapsed)
    {
        var (missed, dropped) = (log.Missed, log.Dropped);
        var latencies = log.TakeLatencies().Order().ToList();
        return new FanOutResult(
            phase, latencies.Count, expected, Percentile(latencies, 0.50), Percentile(latencies, 0.99), latencies.Count == 0 ? 0 : latencies[^1],
            latencies.Count / elapsed.TotalSeconds, missed, dropped);
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"| {Phase} | {Deliveries:N0} of {Expected:N0} | {P50:F0} | {P99:F0} | {Max:F0} | {PerSecond:N0} | {Missed} | {Dropped} |");

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
