using OpenCity.GraphQL.Data.Mutations;

namespace OpenCity.Server.ServiceRequests;

/// <summary>The report's location lies outside every grid of the city, so no department of it answers there; nothing was written.</summary>
public sealed record OutsideCityError(string Message) : MutationError(Message)
{
    public const string ErrorCode = "OUTSIDE_CITY";

    public override string Code => ErrorCode;
}
