using OpenCity.GraphQL.Data.Mutations;

namespace OpenCity.Server.Writes;

/// <summary>The place given lies in none of the city's grids, so it cannot be placed in the city; nothing was written.</summary>
public sealed record OutsideCityError(string Message) : MutationError(Message)
{
    public const string ErrorCode = "OUTSIDE_CITY";

    public override string Code => ErrorCode;
}
