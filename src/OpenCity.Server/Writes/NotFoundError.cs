using OpenCity.GraphQL.Data.Mutations;

namespace OpenCity.Server.Writes;

/// <summary>No object with that code, or none the caller may see (which is told apart from nothing on purpose).</summary>
public sealed record NotFoundError(string Message, string NotFoundCode) : MutationError(Message)
{
    public const string ErrorCode = "NOT_FOUND";

    public override string Code => ErrorCode;

    public static NotFoundError Of(string what, string code) => new($"There is no {what} {code}.", code);
}
