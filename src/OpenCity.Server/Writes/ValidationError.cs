using OpenCity.GraphQL.Data.Mutations;

namespace OpenCity.Server.Writes;

/// <summary>A value of the input the city's rules refuse (not a grid, not a period …); nothing was written.</summary>
public sealed record ValidationError(string Message, string Field) : MutationError(Message)
{
    public const string ErrorCode = "INVALID_VALUE";

    public override string Code => ErrorCode;
}
