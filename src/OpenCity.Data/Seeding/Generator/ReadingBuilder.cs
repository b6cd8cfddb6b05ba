using OpenCity.Domain.Components;
using OpenCity.Domain.Telemetry;

namespace OpenCity.Data.Seeding;

/// <summary>
/// Hourly readings of every reporting sensor over the hours before the reference time: the metric's
/// daily profile, a per-site level, noise, and a drift for degraded sensors. Failed, planned and
/// retired sensors report nothing.
/// </summary>
internal static class ReadingBuilder
{
    public static IReadOnlyList<Reading> Build(CityDefinition definition, SizeDefinition size, IReadOnlyList<SensorInfo> sensors)
    {
        var hours = size.ReadingHours;
        var now = definition.ReferenceTime;
        var end = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerHour, DateTimeKind.Utc);
        var readings = new List<Reading>(sensors.Count * hours);
        foreach (var sensor in sensors)
        {
            if (sensor.Status is ComponentStatus.Failed or ComponentStatus.Planned or ComponentStatus.Retired)
            {
                continue;
            }

            var metric = sensor.Metric;
            var rng = Prng.For(definition.Seed, Prng.Purpose.Readings, sensor.ComponentId);
            var minute = rng.Next(60);
            var site = rng.Next(0.85, 1.15);
            var degraded = sensor.Status == ComponentStatus.Degraded;
            var noise = metric.Noise * (degraded ? 3 : 1);
            var drift = degraded ? 0.85 : 1.0;
            for (var h = 0; h < hours; h++)
            {
                var at = end.AddHours(h - hours).AddMinutes(minute);
                var value = metric.Base * site * drift * metric.Profile[at.Hour] * (1 + noise * rng.NextGaussian());
                readings.Add(new Reading
                {
                    Id = readings.Count + 1,
                    ComponentId = sensor.ComponentId,
                    Metric = metric.Metric,
                    MeasuredAt = at,
                    Value = Math.Round(Math.Max(0, value), metric.Decimals),
                    UnitOfMeasure = metric.UnitOfMeasure,
                });
            }
        }

        return readings;
    }
}
