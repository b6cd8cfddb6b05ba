using OpenCity.GraphQL.Data.Mutations;

namespace OpenCity.Server.Writes;

/// <summary>GraphQL type of <see cref="OutsideCityError"/>.</summary>
public sealed class OutsideCityErrorType : MutationErrorType<OutsideCityError>
{
    public OutsideCityErrorType()
        : base("OutsideCityError", "The place given lies outside the city (in none of its grids) (code `OUTSIDE_CITY`); nothing was written.")
    {
    }
}
