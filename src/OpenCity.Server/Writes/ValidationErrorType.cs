using GraphQL.Types;
using OpenCity.GraphQL.Data.Mutations;

namespace OpenCity.Server.Writes;

/// <summary>GraphQL type of <see cref="ValidationError"/>.</summary>
public sealed class ValidationErrorType : MutationErrorType<ValidationError>
{
    public ValidationErrorType()
        : base("ValidationError", "A value you gave breaks one of the city's rules (code `INVALID_VALUE`); nothing was written.")
    {
        Field<NonNullGraphType<StringGraphType>>("field").Description("Which part of the input, e.g. `values[3].unit`.").Resolve(ctx => ctx.Source.Field);
    }
}
