using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenCity.Server.Hosting;

/// <summary>
/// Counts the SQL statements each GraphQL request sends, from EF Core's diagnostic events (so on both
/// providers and without touching how contexts are built), into the histogram
/// <c>opencity.db.statements_per_request</c>: the number that shows a batching regression.
/// </summary>
public sealed class SqlStatementsPerRequest : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IHostedService, IDisposable
{
    /// <summary>The server's own meter.</summary>
    public const string MeterName = "OpenCity.Server";

    private readonly Lock _lock = new();
    private readonly List<IDisposable> _subscriptions = [];

    // The request's count, flowing with the request into its resolvers and DataLoaders.
    private readonly AsyncLocal<StrongBox<int>?> _current = new();
    private readonly Histogram<int> _statements;

    public SqlStatementsPerRequest(IMeterFactory meterFactory)
    {
        _statements = meterFactory.Create(MeterName).CreateHistogram<int>(
            "opencity.db.statements_per_request", "{statement}", "SQL statements sent to answer one GraphQL request.");
    }

    /// <summary>Counts the statements <paramref name="next"/> sends, when it is a GraphQL request.</summary>
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments("/graphql"))
        {
            await next(context);
            return;
        }

        var count = new StrongBox<int>();
        _current.Value = count;
        try
        {
            await next(context);
        }
        finally
        {
            _current.Value = null;
            _statements.Record(count.Value);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _subscriptions.ForEach(subscription => subscription.Dispose());
            _subscriptions.Clear();
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_lock)
            {
                _subscriptions.Add(value.Subscribe(this, name => name == RelationalEventId.CommandExecuting.Name));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (_current.Value is { } count)
        {
            Interlocked.Increment(ref count.Value);
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
