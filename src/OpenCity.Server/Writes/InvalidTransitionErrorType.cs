using GraphQL.Types;
using OpenCity.GraphQL.Data.Mutations;

namespace OpenCity.Server.Writes;

/// <summary>GraphQL type of <see cref="InvalidTransitionError"/>.</summary>
public sealed class InvalidTransitionErrorType : MutationErrorType<InvalidTransitionError>
{
    public InvalidTransitionErrorType()
        : base("InvalidTransitionError", "That step is not allowed from where it stands (code `INVALID_TRANSITION`); nothing was written.")
    {
        Field<NonNullGraphType<StringGraphType>>("from").Description("Where it stands.").Resolve(ctx => ctx.Source.From);
        Field<NonNullGraphType<StringGraphType>>("to").Description("Where the step would have taken it.").Resolve(ctx => ctx.Source.To);
    }
}
