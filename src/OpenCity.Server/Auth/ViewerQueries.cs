using GraphQL.Types;
using OpenCity.Server.Schema;

namespace OpenCity.Server.Auth;

/// <summary>The root <c>viewer</c> field: who is calling.</summary>
public sealed class ViewerQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ViewerType>>("viewer")
            .Description("Who the API thinks you are: anonymous, or the operator or administrator your token names.")
            .Resolve(context => context.GetCaller());
    }
}
