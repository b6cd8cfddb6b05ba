using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Mutations;

/// <summary>The <c>Error</c> interface every expected failure of a mutation implements.</summary>
public sealed class ErrorInterfaceType : InterfaceGraphType<MutationError>
{
    public ErrorInterfaceType()
    {
        Name = "Error";
        Description = "Something that stopped a change, returned in its answer's `errors` list; nothing was changed.";
        Field<NonNullGraphType<StringGraphType>>("message").Description("What went wrong, in words.");
        Field<NonNullGraphType<StringGraphType>>("code").Description("A stable code programs may rely on, e.g. `CONFLICT`.");
    }
}
