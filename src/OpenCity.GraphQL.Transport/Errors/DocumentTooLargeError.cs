namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>The document selects more fields, or more aliased fields, than one request may.</summary>
public sealed class DocumentTooLargeError(string what, int limit, int value)
    : LimitExceededError(
        "QUERY_TOO_COMPLEX",
        $"The document holds {value:N0} {what}; at most {limit:N0} are allowed in one request. Split it into several requests.",
        limit,
        value);
