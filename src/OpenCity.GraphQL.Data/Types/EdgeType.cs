using GraphQL.Types;
using OpenCity.GraphQL.Data.Paging;

namespace OpenCity.GraphQL.Data.Types;

/// <summary>A Relay edge named after its node type, e.g. <c>GovernanceUnitEdge</c>.</summary>
public sealed class EdgeType<TNodeType, TNode> : ObjectGraphType<Edge<TNode>>
    where TNodeType : IGraphType
{
    public EdgeType(TNodeType nodeType)
    {
        Name = $"{nodeType.Name}Edge";
        Description = $"One {nodeType.Name} in a page, with the cursor that points at it.";
        Field(x => x.Cursor).Description("Opaque position of this item; pass it as `after` or `before` to page from here.");
        Field<NonNullGraphType<TNodeType>>("node").Description($"The {nodeType.Name} itself.").Resolve(ctx => ctx.Source.Node);
    }
}
