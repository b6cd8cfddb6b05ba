using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenCity.Server.Tests.Infrastructure;

/// <summary>
/// Records the SQL that EF Core sends, through its diagnostic events, so tests see the
/// statements the real server runs without changing how it is built. It listens for the
/// whole test run: EF Core re-checks whether anyone listens only now and then, so a listener
/// attached just before a query could miss its first statements.
/// </summary>
public sealed class SqlCommandLog : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly Lock _lock = new();
    private readonly List<IDisposable> _subscriptions = [];
    private readonly Dictionary<Guid, string> _running = [];
    private List<CapturedCommand>? _capture;

    public SqlCommandLog()
    {
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    /// <summary>Runs <paramref name="action"/> and returns the SQL commands sent meanwhile.</summary>
    public async Task<IReadOnlyList<string>> CaptureAsync(Func<Task> action) =>
        [.. (await CaptureCommandsAsync(action)).Select(c => c.Text)];

    /// <summary>Runs <paramref name="action"/> and returns the SQL commands sent meanwhile, with their parameters.</summary>
    public async Task<IReadOnlyList<CapturedCommand>> CaptureCommandsAsync(Func<Task> action)
    {
        lock (_lock)
        {
            _capture = [];
        }

        await action();
        lock (_lock)
        {
            var captured = _capture!;
            _capture = null;
            return captured;
        }
    }

    /// <summary>
    /// The statements still running on connections whose connection string satisfies <paramref name="connection"/>:
    /// started, and not yet failed, cancelled, or (for a reader) disposed.
    /// </summary>
    public int Running(Func<string, bool> connection)
    {
        lock (_lock)
        {
            return _running.Values.Count(connection);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _subscriptions.ForEach(s => s.Dispose());
            _subscriptions.Clear();
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_lock)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        lock (_lock)
        {
            switch (value.Value)
            {
                case CommandEventData started when value.Key == RelationalEventId.CommandExecuting.Name:
                    _running[started.CommandId] = started.Connection?.ConnectionString ?? "";
                    break;
                case DataReaderDisposingEventData disposed:
                    _running.Remove(disposed.CommandId);
                    break;
                case CommandExecutedEventData { Result: not System.Data.Common.DbDataReader } executed:
                    _running.Remove(executed.CommandId);
                    break;
                case CommandErrorEventData failed:
                    _running.Remove(failed.CommandId);
                    break;
                case CommandEndEventData ended when value.Key == RelationalEventId.CommandCanceled.Name:
                    _running.Remove(ended.CommandId);
                    break;
            }
        }

        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data)
        {
            lock (_lock)
            {
                _capture?.Add(new CapturedCommand(
                    data.Command.CommandText,
                    [.. data.Command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => new CapturedParameter(p.ParameterName, p.Value, p.DbType))]));
            }
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }
}
