using GraphQL.Types;
using OpenCity.GraphQL.Data.Mutations;

namespace OpenCity.Server.Writes;

/// <summary>GraphQL type of <see cref="NotFoundError"/>.</summary>
public sealed class NotFoundErrorType : MutationErrorType<NotFoundError>
{
    public NotFoundErrorType()
        : base("NotFoundError", "Nothing with that code (code `NOT_FOUND`), or nothing you may see.")
    {
        Field<NonNullGraphType<StringGraphType>>("notFoundCode").Description("The code that matched nothing.").Resolve(ctx => ctx.Source.NotFoundCode);
    }
}
