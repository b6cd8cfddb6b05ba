using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpenCity.Data;
using OpenCity.Server.Telemetry;

namespace OpenCity.Server.Ingestion;

/// <summary>
/// One prepared <c>INSERT OR IGNORE</c> run per reading in the ingestion's transaction: the unique
/// (component, metric, time) index makes a replay a no-op, which the statement's count (0) tells.
/// </summary>
internal sealed class SqliteReadingSink(OpenCityDbContext db) : IReadingSink
{
    private SqliteCommand? _insert;
    private readonly RecordedSeriesSet _series = new();

    public Task AddAsync(IReadOnlyList<(long ComponentId, ReadingLine Line)> rows, CancellationToken cancellationToken)
    {
        var insert = _insert ??= Prepare();
        foreach (var (componentId, line) in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            insert.Parameters[0].Value = componentId;
            insert.Parameters[1].Value = line.Metric;
            insert.Parameters[2].Value = line.MeasuredAt;
            insert.Parameters[3].Value = line.Value;
            insert.Parameters[4].Value = line.UnitOfMeasure;
            if (insert.ExecuteNonQuery() == 1)
            {
                _series.Add(componentId, line);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<RecordedSeries>> CompleteAsync(CancellationToken cancellationToken)
    {
        _insert?.Dispose();
        return Task.FromResult(_series.ToList());
    }

    private SqliteCommand Prepare()
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText =
            "INSERT OR IGNORE INTO readings (component_id, metric, measured_at, value, unit_of_measure) VALUES ($component, $metric, $at, $value, $unit)";
        command.Parameters.Add("$component", SqliteType.Integer);
        command.Parameters.Add("$metric", SqliteType.Text);
        command.Parameters.Add("$at", SqliteType.Text);
        command.Parameters.Add("$value", SqliteType.Real);
        command.Parameters.Add("$unit", SqliteType.Text);
        command.Prepare();
        return command;
    }
}
