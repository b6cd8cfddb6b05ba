using OpenCity.Server.Telemetry;

namespace OpenCity.Server.Ingestion;

/// <summary>Where accepted readings go inside the ingestion's transaction, in the database's fastest way.</summary>
internal interface IReadingSink
{
    /// <summary>Stages a chunk of readings (component id and line).</summary>
    Task AddAsync(IReadOnlyList<(long ComponentId, ReadingLine Line)> rows, CancellationToken cancellationToken);

    /// <summary>Stores what was staged and returns the new readings per component and metric; the rest were replays.</summary>
    Task<IReadOnlyList<RecordedSeries>> CompleteAsync(CancellationToken cancellationToken);
}
