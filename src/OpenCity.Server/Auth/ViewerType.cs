using GraphQL.Types;

namespace OpenCity.Server.Auth;

/// <summary>GraphQL type of the request's caller.</summary>
public sealed class ViewerType : ObjectGraphType<Caller>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "Who the API thinks you are, from the token your request carried: check it when an answer lacks what you expected.";
        Field<NonNullGraphType<CallerRoleType>>("role")
            .Description("What you may do: ANONYMOUS without a token.")
            .Resolve(context => context.Source.Role);
        Field<StringGraphType>("department")
            .Description("The code of the department you work for (e.g. WATER) when you are an operator; otherwise null.")
            .Resolve(context => context.Source.DepartmentCode);
    }
}
