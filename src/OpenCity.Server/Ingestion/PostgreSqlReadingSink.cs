using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using OpenCity.Data;
using OpenCity.Server.Telemetry;

namespace OpenCity.Server.Ingestion;

/// <summary>
/// Binary <c>COPY</c> into a temporary table of the transaction, then one <c>INSERT … ON CONFLICT DO
/// NOTHING</c> into <c>readings</c>: the unique (component, time, metric) index recognises replays,
/// also within the same request, and the statement's row count is what was new. Rows go in in the
/// index's order, so its pages are visited once each rather than at random.
/// </summary>
internal sealed class PostgreSqlReadingSink(OpenCityDbContext db) : IReadingSink
{
    private bool _created;

    private NpgsqlConnection Connection => (NpgsqlConnection)db.Database.GetDbConnection();

    public async Task AddAsync(IReadOnlyList<(long ComponentId, ReadingLine Line)> rows, CancellationToken cancellationToken)
    {
        if (!_created)
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TEMP TABLE ingest_readings (component_id bigint, metric text, measured_at timestamptz, value double precision, unit_of_measure text) ON COMMIT DROP",
                cancellationToken);
            _created = true;
        }

        await using var copy = await Connection.BeginBinaryImportAsync(
            "COPY ingest_readings (component_id, metric, measured_at, value, unit_of_measure) FROM STDIN (FORMAT BINARY)", cancellationToken);
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
        }

        await copy.CompleteAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RecordedSeries>> CompleteAsync(CancellationToken cancellationToken)
    {
        if (!_created)
        {
            return [];
        }

        // The new rows come back summed up per series in the same statement, not row by row.
        await using var command = new NpgsqlCommand(
            """
            WITH inserted AS (
                INSERT INTO readings (component_id, metric, measured_at, value, unit_of_measure)
                SELECT component_id, metric, measured_at, value, unit_of_measure FROM ingest_readings
                ORDER BY component_id, measured_at, metric
                ON CONFLICT (component_id, measured_at, metric) DO NOTHING
                RETURNING component_id, metric, measured_at, value, unit_of_measure)
            SELECT component_id, metric, count(*)::int, min(measured_at), max(measured_at),
                   (array_agg(value ORDER BY measured_at DESC))[1], (array_agg(unit_of_measure ORDER BY measured_at DESC))[1],
                   min(value), max(value)
            FROM inserted GROUP BY component_id, metric
            """,
            Connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var series = new List<RecordedSeries>();
        while (await reader.ReadAsync(cancellationToken))
        {
            series.Add(new RecordedSeries(
                reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2), reader.GetDateTime(3), reader.GetDateTime(4),
                reader.GetDouble(5), reader.GetString(6), reader.GetDouble(7), reader.GetDouble(8)));
        }

        return series;
    }
}
