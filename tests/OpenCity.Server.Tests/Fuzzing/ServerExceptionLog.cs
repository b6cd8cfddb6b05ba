using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// Collects the exceptions the server logs, per request: each fuzz request carries a W3C
/// <c>traceparent</c> with a trace id of its own, which ASP.NET Core makes the trace of the request's
/// activity, so an exception logged while it is handled is filed under that id. Only a help for
/// the report (the oracle judges the HTTP answer alone): a failure shows the exception behind it.
/// </summary>
public sealed class ServerExceptionLog : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _byTrace = new();

    /// <summary>The trace id of request number <paramref name="index"/>.</summary>
    public static string TraceId(int index) => $"f0220812{index:x8}0000000000000000";

    public static string TraceParent(int index) => $"00-{TraceId(index)}-00f0220812000001-01";

    public IReadOnlyList<string> For(int index) =>
        _byTrace.TryRemove(TraceId(index), out var entries) ? [.. entries] : [];

    public ILogger CreateLogger(string categoryName) => new ExceptionLogger(this, categoryName);

    public void Dispose() => _byTrace.Clear();

    private void Add(string category, Exception exception)
    {
        if (Activity.Current?.TraceId.ToHexString() is not { } trace || !trace.StartsWith("f0220812", StringComparison.Ordinal))
        {
            return;
        }

        // The exception's innermost cause and where in our code it was thrown.
        var cause = exception;
        while (cause.InnerException is { } inner)
        {
            cause = inner;
        }

        var frames = (cause.StackTrace ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries);
        var place = frames.FirstOrDefault(f => f.StartsWith("at OpenCity.", StringComparison.Ordinal)) ?? frames.FirstOrDefault() ?? string.Empty;
        var method = place.IndexOf(" in ", StringComparison.Ordinal) is var cut and > 0 ? place[..cut] : place;
        _byTrace.GetOrAdd(trace, _ => new()).Enqueue($"{category}: {cause.GetType().FullName}: {cause.Message.Split('\n')[0]} ({method})");
    }

    private sealed class ExceptionLogger(ServerExceptionLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is not null && IsEnabled(logLevel))
            {
                log.Add(category, exception);
            }
        }
    }
}
