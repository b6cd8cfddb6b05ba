namespace OpenCity.Server.Subscriptions;

/// <summary>A metric of an asset went past a subscriber's threshold.</summary>
/// <param name="Code">The asset's code.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Metric">What was measured.</param>
/// <param name="Direction">Whether it went above <c>above</c> or below <c>below</c>.</param>
/// <param name="Threshold">The threshold crossed.</param>
/// <param name="Value">The value past the threshold (the highest or lowest of the new readings).</param>
/// <param name="LatestValue">The newest value.</param>
/// <param name="MeasuredAt">When the newest value was measured.</param>
/// <param name="UnitOfMeasure">The unit of the values.</param>
public sealed record ThresholdCrossing(
    string Code, string Kind, string Metric, ThresholdDirection Direction, double Threshold, double Value, double LatestValue, DateTime MeasuredAt, string UnitOfMeasure);
