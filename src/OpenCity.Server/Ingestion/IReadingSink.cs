namespace OpenCity.Server.Ingestion;

/// <summary>Where accepted readings go inside the ingestion's transaction, in the database's fastest way.</summary>
internal interface IReadingSink
{
    /// <summary>Stages a chunk of readings (component id and line).</summary>
    Task AddAsync(IReadOnlyList<(long ComponentId, ReadingLine Line)> rows, CancellationToken cancellationToken);

    /// <summary>Stores what was staged and returns how many readings were new; the rest were replays.</summary>
    Task<long> CompleteAsync(CancellationToken cancellationToken);
}
