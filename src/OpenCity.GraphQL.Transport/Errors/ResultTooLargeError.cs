namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>The answer would be larger than the server sends in one response.</summary>
public sealed class ResultTooLargeError(long maxResultBytes)
    : LimitExceededError(
        "RESULT_TOO_LARGE",
        $"The answer is larger than the limit of {maxResultBytes} bytes. Ask for smaller pages or fewer fields (geometries are large: simplify them or leave them out).",
        maxResultBytes);
