namespace OpenCity.GraphQL.Data.Mutations;

/// <summary>
/// An expected failure of a mutation (a conflict, a refused state change …), returned in its
/// payload's <c>errors</c> list rather than as a GraphQL error, as Hot Chocolate's mutation
/// conventions do: the client asked a sensible question and this is the answer.
/// </summary>
/// <param name="Message">What went wrong, for a person.</param>
public abstract record MutationError(string Message)
{
    /// <summary>A stable code clients may switch on, e.g. <c>CONFLICT</c>.</summary>
    public abstract string Code { get; }
}
