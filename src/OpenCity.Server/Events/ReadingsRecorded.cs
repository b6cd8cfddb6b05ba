namespace OpenCity.Server.Events;

/// <summary>New values of one metric of one asset were recorded (replays of values on record are not announced).</summary>
/// <param name="Code">The asset's code.</param>
/// <param name="Kind">What it is (<c>Sensor</c> …).</param>
/// <param name="Domain">Its infrastructure domain.</param>
/// <param name="OwnerCode">The department that owns it.</param>
/// <param name="GridCode">The grid it lies in.</param>
/// <param name="Restricted">Whether only its department and admins may see it.</param>
/// <param name="Metric">What was measured, e.g. <c>pressure</c>.</param>
/// <param name="UnitOfMeasure">The unit of the values of the latest reading.</param>
/// <param name="Count">How many values were recorded.</param>
/// <param name="FirstMeasuredAt">The earliest moment among them (UTC).</param>
/// <param name="LastMeasuredAt">The latest moment among them (UTC).</param>
/// <param name="LatestValue">The value measured at <paramref name="LastMeasuredAt"/>.</param>
/// <param name="MinValue">The smallest of the values.</param>
/// <param name="MaxValue">The largest of the values.</param>
public sealed record ReadingsRecorded(
    string Code,
    string Kind,
    string Domain,
    string? OwnerCode,
    string? GridCode,
    bool Restricted,
    string Metric,
    string UnitOfMeasure,
    int Count,
    DateTime FirstMeasuredAt,
    DateTime LastMeasuredAt,
    double LatestValue,
    double MinValue,
    double MaxValue) : ICityEvent
{
    public static string Type => nameof(ReadingsRecorded);
}
