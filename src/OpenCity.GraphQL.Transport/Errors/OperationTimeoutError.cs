namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>The operation ran longer than allowed and was stopped; nothing of it is answered.</summary>
public sealed class OperationTimeoutError(TimeSpan timeout)
    : LimitExceededError(
        "TIMEOUT",
        $"The operation took longer than the limit of {timeout.TotalSeconds:0.###} seconds and was stopped. Ask for less (smaller pages, fewer fields, simpler filters).",
        timeout.TotalSeconds);
