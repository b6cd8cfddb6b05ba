using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using Microsoft.Extensions.Logging;

namespace OpenCity.GraphQL.Transport.Execution;

/// <summary>
/// Unexpected exceptions in resolvers become GraphQL errors (never a 500 page), and are logged here
/// because the client only sees a generic message (see <see cref="TransportErrorInfoProvider"/>).
/// </summary>
public sealed partial class UnhandledExceptionConfiguration(ILogger<UnhandledExceptionConfiguration> logger) : IConfigureExecution
{
    public float SortOrder => 100;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        options.ThrowOnUnhandledException = false;
        options.UnhandledExceptionDelegate = LogAsync;
        return next(options);
    }

    private Task LogAsync(UnhandledExceptionContext context)
    {
        LogUnhandledException(logger, context.FieldContext?.Path is { } path ? string.Join('.', path) : "(document)", context.OriginalException);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception while executing GraphQL at {Path}")]
    private static partial void LogUnhandledException(ILogger logger, string path, Exception exception);
}
