using OpenCity.GraphQL.Data.Mutations;

namespace OpenCity.Server.Writes;

/// <summary>The object's state does not allow that step (e.g. closing a report nobody resolved); nothing was written.</summary>
public sealed record InvalidTransitionError(string Message, string From, string To) : MutationError(Message)
{
    public const string ErrorCode = "INVALID_TRANSITION";

    public override string Code => ErrorCode;
}
