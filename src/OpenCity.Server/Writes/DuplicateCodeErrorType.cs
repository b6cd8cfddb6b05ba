using GraphQL.Types;
using OpenCity.GraphQL.Data.Mutations;

namespace OpenCity.Server.Writes;

/// <summary>GraphQL type of <see cref="DuplicateCodeError"/>.</summary>
public sealed class DuplicateCodeErrorType : MutationErrorType<DuplicateCodeError>
{
    public DuplicateCodeErrorType()
        : base("DuplicateCodeError", "That code is taken already (code `DUPLICATE_CODE`); nothing was written. Choose another code.")
    {
        Field<NonNullGraphType<StringGraphType>>("duplicateCode").Description("The code that is taken.").Resolve(ctx => ctx.Source.DuplicateCode);
    }
}
