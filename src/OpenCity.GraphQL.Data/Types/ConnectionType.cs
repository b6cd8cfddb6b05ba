using GraphQL.Types;
using OpenCity.GraphQL.Data.Paging;

namespace OpenCity.GraphQL.Data.Types;

/// <summary>
/// A Relay connection named after its node type, e.g. <c>CityComponentConnection</c>, with
/// <c>edges</c>, <c>nodes</c>, <c>pageInfo</c> and a <c>totalCount</c> counted only when selected.
/// </summary>
public sealed class ConnectionType<TNodeType, TNode> : ObjectGraphType<Connection<TNode>>
    where TNodeType : IGraphType
{
    public ConnectionType(TNodeType nodeType)
    {
        Name = $"{nodeType.Name}Connection";
        Description = $"A page of {nodeType.Name} items. Ask for `pageInfo` to fetch the next page.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, TNode>>>>>("edges")
            .Description("The items of this page, each with its cursor.")
            .Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The items of this page, without cursors.")
            .Resolve(ctx => ctx.Source.Edges.Select(edge => edge.Node));
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Whether more pages exist, and the cursors to fetch them.")
            .Resolve(ctx => ctx.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many items the whole list holds, over all pages. Counted only when asked for.")
            .Resolve(ctx => ctx.Source.Count());
    }
}
