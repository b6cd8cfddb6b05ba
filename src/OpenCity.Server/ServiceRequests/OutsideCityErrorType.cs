using OpenCity.GraphQL.Data.Mutations;

namespace OpenCity.Server.ServiceRequests;

/// <summary>GraphQL type of <see cref="OutsideCityError"/>.</summary>
public sealed class OutsideCityErrorType : MutationErrorType<OutsideCityError>
{
    public OutsideCityErrorType()
        : base("OutsideCityError", "The place given lies outside the city (code `OUTSIDE_CITY`), so the city cannot act on it; nothing was recorded.")
    {
    }
}
