namespace OpenCity.Server.Ingestion;

/// <summary>Limits of <c>POST /ingest/readings</c> (<c>OpenCity:Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "OpenCity:Ingestion";

    /// <summary>The largest body accepted, in bytes (256 MiB: about two million readings).</summary>
    public long MaxRequestBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>The most readings one request may carry.</summary>
    public int MaxRows { get; set; } = 2_000_000;

    /// <summary>The longest line, in characters; a longer one is refused as such.</summary>
    public int MaxLineLength { get; set; } = 4096;

    /// <summary>How many refused lines the answer lists (all are counted).</summary>
    public int MaxRefusalsListed { get; set; } = 1000;
}
