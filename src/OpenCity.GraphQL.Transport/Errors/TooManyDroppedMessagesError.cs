namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>
/// The client read so slowly that the server dropped more of its stream's results than allowed, so
/// the stream ends rather than go on losing them; a client that keeps up sees none of this.
/// </summary>
public sealed class TooManyDroppedMessagesError(int limit)
    : LimitExceededError(
        "TOO_MANY_DROPPED_MESSAGES",
        $"This stream was read too slowly: more than {limit} results were dropped, so it ends here. Read faster, or subscribe to less.",
        limit);
