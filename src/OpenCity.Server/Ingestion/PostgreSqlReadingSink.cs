using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using OpenCity.Data;
using OpenCity.Server.Telemetry;

namespace OpenCity.Server.Ingestion;

/// <summary>
/// Each chunk goes straight into <c>readings</c> by binary <c>COPY</c>, inside a savepoint: PostgreSQL
/// inserts while the rows still arrive, and every row of a chunk that went in is new. A chunk holding a
/// reading already on record (a replay) fails on the unique (component, time, metric) index; it is then
/// rolled back to its savepoint and copied into a temporary table instead, from which one <c>INSERT …
/// ON CONFLICT DO NOTHING</c> keeps only the new rows and sums them up. After a replayed chunk the next
/// ones take that way directly, since replays come in runs.
/// </summary>
internal sealed class PostgreSqlReadingSink(OpenCityDbContext db) : IReadingSink
{
    private const string Savepoint = "ingest_chunk";

    private static readonly Comparison<(long ComponentId, ReadingLine Line)> IndexOrder = (a, b) =>
    {
        var order = a.ComponentId.CompareTo(b.ComponentId);
        order = order != 0 ? order : a.Line.MeasuredAt.CompareTo(b.Line.MeasuredAt);
        order = order != 0 ? order : string.CompareOrdinal(a.Line.Metric, b.Line.Metric);
        // A reading sent twice keeps its first value, as it would on SQLite and across chunks.
        return order != 0 ? order : a.Line.Line.CompareTo(b.Line.Line);
    };

    private readonly RecordedSeriesSet _series = new();
    private bool _stagingCreated;
    private bool _replaying;

    private NpgsqlConnection Connection => (NpgsqlConnection)db.Database.GetDbConnection();

    private NpgsqlTransaction Transaction => (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction();

    public async Task AddAsync(IReadOnlyList<(long ComponentId, ReadingLine Line)> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        // In the unique index's order, so its pages are visited once each rather than at random;
        // ON CONFLICT then keeps the first of a reading sent twice.
        var sorted = rows.ToArray();
        Array.Sort(sorted, IndexOrder);
        if (!_replaying)
        {
            await Transaction.SaveAsync(Savepoint, cancellationToken);
            try
            {
                await CopyAsync("readings", sorted, withLine: false, cancellationToken);
                await Transaction.ReleaseAsync(Savepoint, cancellationToken);
                foreach (var (componentId, line) in sorted)
                {
                    _series.Add(componentId, line);
                }

                return;
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                await Transaction.RollbackAsync(Savepoint, cancellationToken);
                _replaying = true;
            }
        }

        await InsertNewAsync(sorted, cancellationToken);
    }

    public Task<IReadOnlyList<RecordedSeries>> CompleteAsync(CancellationToken cancellationToken) => Task.FromResult(_series.ToList());

    /// <summary>Stores the rows not on record yet, whichever they are, and sums them up in the same statement.</summary>
    private async Task InsertNewAsync((long ComponentId, ReadingLine Line)[] rows, CancellationToken cancellationToken)
    {
        if (!_stagingCreated)
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TEMP TABLE ingest_readings (component_id bigint, metric text COLLATE \"C\", measured_at timestamptz, value double precision, unit_of_measure text, line bigint) ON COMMIT DROP",
                cancellationToken);
            _stagingCreated = true;
        }

        await CopyAsync("ingest_readings", rows, withLine: true, cancellationToken);

        // Readings on record are skipped by looking them up (an anti-join), which costs a third of
        // what ON CONFLICT costs per row; ON CONFLICT stays for a reading sent twice in the chunk or
        // stored meanwhile by another transaction. The staging table is emptied for the next chunk.
        await using var command = new NpgsqlCommand(
            """
            WITH inserted AS (
                INSERT INTO readings (component_id, metric, measured_at, value, unit_of_measure)
                SELECT s.component_id, s.metric, s.measured_at, s.value, s.unit_of_measure FROM ingest_readings s
                WHERE NOT EXISTS (
                    SELECT FROM readings r WHERE r.component_id = s.component_id AND r.measured_at = s.measured_at AND r.metric = s.metric)
                ORDER BY s.component_id, s.measured_at, s.metric, s.line
                ON CONFLICT (component_id, measured_at, metric) DO NOTHING
                RETURNING component_id, metric, measured_at, value, unit_of_measure)
            SELECT component_id, metric, count(*)::int, min(measured_at), max(measured_at),
                   (array_agg(value ORDER BY measured_at DESC))[1], (array_agg(unit_of_measure ORDER BY measured_at DESC))[1],
                   min(value), max(value)
            FROM inserted GROUP BY component_id, metric;
            TRUNCATE ingest_readings
            """,
            Connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            _series.Add(new RecordedSeries(
                reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2), reader.GetDateTime(3), reader.GetDateTime(4),
                reader.GetDouble(5), reader.GetString(6), reader.GetDouble(7), reader.GetDouble(8)));
        }
    }

    /// <summary>Copies rows into <c>readings</c>, or into the staging table with each row's line number (<paramref name="withLine"/>).</summary>
    private async Task CopyAsync(string table, (long ComponentId, ReadingLine Line)[] rows, bool withLine, CancellationToken cancellationToken)
    {
        var columns = withLine ? "component_id, metric, measured_at, value, unit_of_measure, line" : "component_id, metric, measured_at, value, unit_of_measure";
        await using var copy = await Connection.BeginBinaryImportAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        // Synchronous writes into the importer's buffer: an await per value costs more than the
        // value (most writes only copy bytes; one in thousands sends a full buffer).
        foreach (var (componentId, line) in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            copy.StartRow();
            copy.Write(componentId, NpgsqlDbType.Bigint);
            copy.Write(line.Metric, NpgsqlDbType.Text);
            copy.Write(line.MeasuredAt, NpgsqlDbType.TimestampTz);
            copy.Write(line.Value, NpgsqlDbType.Double);
            copy.Write(line.UnitOfMeasure, NpgsqlDbType.Text);
            if (withLine)
            {
                copy.Write(line.Line, NpgsqlDbType.Bigint);
            }
        }

        await copy.CompleteAsync(cancellationToken);
    }
}
