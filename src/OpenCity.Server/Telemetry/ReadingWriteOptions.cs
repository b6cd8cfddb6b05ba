namespace OpenCity.Server.Telemetry;

/// <summary>How readings may be written; bound from <c>OpenCity:Writes</c>.</summary>
public sealed class ReadingWriteOptions
{
    public const string SectionName = "OpenCity:Writes";

    /// <summary>Readings in one <c>recordReadings</c> batch; larger batches are refused (<c>BATCH_TOO_LARGE</c>).</summary>
    public int MaxReadingsPerBatch { get; set; } = 1000;
}
