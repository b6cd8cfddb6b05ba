namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>Stands for the errors left out of an answer that had more than the server lists.</summary>
public sealed class TooManyErrorsError(int listed, int total)
    : LimitExceededError(
        "TOO_MANY_ERRORS",
        $"{total - listed} more errors are not listed ({total} in all; the first {listed} are above). Fix those and ask again.",
        listed,
        total);
