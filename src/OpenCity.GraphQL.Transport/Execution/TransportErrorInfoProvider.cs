using System.Diagnostics;
using System.Text;
using GraphQL;
using GraphQL.Execution;

namespace OpenCity.GraphQL.Transport.Execution;

/// <summary>
/// Shapes errors for clients: an unexpected exception is reported as INTERNAL_ERROR with a generic
/// message, and its type, data and stack stay on the server unless details are switched on, and then
/// without source file paths.
/// Errors thrown on purpose (<see cref="ExecutionError"/> with a code) pass through unchanged, also
/// when the engine wraps them (an input scalar refusing a variable's value).
/// </summary>
public sealed class TransportErrorInfoProvider(bool exposeExceptionDetails)
    : ErrorInfoProvider(new ErrorInfoProviderOptions
    {
        // Our own details (below): GraphQL.NET's are exception.ToString(), which names source files.
        ExposeExceptionDetails = false,
        // "codes" lists the inner exception types' names: noise to clients, a leak in production.
        ExposeCodes = false,
    })
{
    public const string InternalErrorCode = "INTERNAL_ERROR";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        return executionError switch
        {
            UnhandledError unhandled => WithDetails(Recode(info, InternalErrorCode, info.Message, keepData: exposeExceptionDetails), unhandled),

            // An input scalar refused a value with its own code (GEOJSON_RING_NOT_CLOSED …) and
            // figures (a limit and the value given); the engine wraps it as INVALID_VALUE or
            // ARGUMENTS_OF_CORRECT_TYPE, which says less.
            { InnerException: ExecutionError { Code: { } code } refusal } => Recode(
                info,
                code,
                info.Message.Contains(refusal.Message, StringComparison.Ordinal) ? info.Message : $"{info.Message} {refusal.Message}",
                keepData: true,
                refusal.Extensions),
            _ => info,
        };
    }

    private ErrorInfo WithDetails(ErrorInfo info, UnhandledError error)
    {
        if (exposeExceptionDetails && error.InnerException is { } exception)
        {
            info.Extensions!["details"] = Describe(exception);
        }

        return info;
    }

    /// <summary>Each exception's type, message and frames (methods only: no files or lines), innermost last.</summary>
    private static string Describe(Exception exception)
    {
        var text = new StringBuilder();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            text.Append(current.GetType().FullName).Append(": ").AppendLine(current.Message)
                .Append(new StackTrace(current, fNeedFileInfo: false));
        }

        return text.ToString();
    }

    private static ErrorInfo Recode(ErrorInfo info, string code, string message, bool keepData, IDictionary<string, object?>? figures = null)
    {
        var extensions = info.Extensions is null ? [] : new Dictionary<string, object?>(info.Extensions);
        foreach (var (key, value) in figures ?? new Dictionary<string, object?>())
        {
            extensions[key] = value;
        }

        extensions["code"] = code;
        if (!keepData)
        {
            extensions.Remove("data");
        }

        return new ErrorInfo { Message = message, Extensions = extensions };
    }
}
