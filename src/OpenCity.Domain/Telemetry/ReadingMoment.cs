namespace OpenCity.Domain.Telemetry;

/// <summary>
/// The moment of a reading as stored: UTC to the microsecond, as PostgreSQL keeps timestamps, so
/// that a reading is the same (and a replay recognised) on both databases and through every write path.
/// </summary>
public static class ReadingMoment
{
    public static DateTime Normalize(DateTime moment)
    {
        var utc = moment.Kind switch
        {
            DateTimeKind.Utc => moment,
            DateTimeKind.Local => moment.ToUniversalTime(),
            _ => DateTime.SpecifyKind(moment, DateTimeKind.Utc),
        };
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMicrosecond), DateTimeKind.Utc);
    }
}
