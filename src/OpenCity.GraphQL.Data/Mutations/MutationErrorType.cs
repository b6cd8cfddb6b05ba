using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Mutations;

/// <summary>The GraphQL type of one kind of expected failure: <c>message</c> and <c>code</c>, and the fields the subclass adds.</summary>
public abstract class MutationErrorType<TError> : ObjectGraphType<TError>
    where TError : MutationError
{
    protected MutationErrorType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<ErrorInterfaceType>();
        IsTypeOf = value => value is TError;
        Field<NonNullGraphType<StringGraphType>>("message").Description("What went wrong, in words.").Resolve(ctx => ctx.Source.Message);
        Field<NonNullGraphType<StringGraphType>>("code").Description("A stable code programs may rely on.").Resolve(ctx => ctx.Source.Code);
    }
}
