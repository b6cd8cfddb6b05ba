using GraphQL;
using GraphQL.Execution;

namespace OpenCity.GraphQL.Transport.Execution;

/// <summary>
/// Shapes errors for clients: an unexpected exception is reported as INTERNAL_ERROR with a generic
/// message, and its type, data and stack stay on the server unless details are exposed (Development).
/// Errors thrown on purpose (<see cref="ExecutionError"/> with a code) pass through unchanged.
/// </summary>
public sealed class TransportErrorInfoProvider(bool exposeExceptionDetails)
    : ErrorInfoProvider(new ErrorInfoProviderOptions
    {
        ExposeExceptionDetails = exposeExceptionDetails,
        // "codes" lists the inner exception types' names: noise to clients, a leak in production.
        ExposeCodes = false,
    })
{
    public const string InternalErrorCode = "INTERNAL_ERROR";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is not UnhandledError)
        {
            return info;
        }

        var extensions = info.Extensions is null ? [] : new Dictionary<string, object?>(info.Extensions);
        extensions["code"] = InternalErrorCode;
        if (!exposeExceptionDetails)
        {
            extensions.Remove("data");
        }

        return new ErrorInfo { Message = info.Message, Extensions = extensions };
    }
}
