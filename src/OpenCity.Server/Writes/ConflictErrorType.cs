using GraphQL.Types;
using OpenCity.GraphQL.Data.Mutations;

namespace OpenCity.Server.Writes;

/// <summary>GraphQL type of <see cref="ConflictError"/>.</summary>
public sealed class ConflictErrorType : MutationErrorType<ConflictError>
{
    public ConflictErrorType()
        : base("ConflictError", "Someone else changed it first (code `CONFLICT`); nothing was written. Read it again and retry with its current version.")
    {
        Field<NonNullGraphType<LongGraphType>>("currentVersion").Description("Its version now.").Resolve(ctx => ctx.Source.CurrentVersion);
    }
}
