using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenCity.GraphQL.Data.Filtering;
using OpenCity.GraphQL.Data.Projection;
using OpenCity.GraphQL.Data.Sorting;
using OpenCity.GraphQL.Data.Types;

namespace OpenCity.GraphQL.Data.Paging;

/// <summary>Declares a root list as a connection with <c>where</c>, <c>order</c>, paging and projection.</summary>
public static class ConnectionFieldExtensions
{
    /// <param name="type">The type that gets the field, usually <c>Query</c>.</param>
    /// <param name="name">The field's name.</param>
    /// <param name="pager">The pager that reads the pages.</param>
    /// <param name="filterType">The list's <see cref="FilterInputType{T}"/>.</param>
    /// <param name="sortType">The list's <see cref="SortInputType{T}"/>.</param>
    /// <param name="key">The unique key that breaks ties and that the projection always keeps.</param>
    /// <param name="source">
    /// Reads the field's own arguments, if any, and returns the list's query. It runs in the
    /// resolver, because the query runs again later for <c>totalCount</c>, when the resolve
    /// context may already serve another field.
    /// </param>
    public static FieldBuilder<object?, Connection<TNode>> Connection<TContext, TNodeType, TNode>(
        this ObjectGraphType type,
        string name,
        KeysetPager<TContext> pager,
        Type filterType,
        Type sortType,
        Expression<Func<TNode, long>> key,
        Func<IResolveFieldContext, Func<TContext, IQueryable<TNode>>> source)
        where TContext : DbContext
        where TNodeType : IGraphType
        where TNode : class
    {
        var keyMember = ((MemberExpression)key.Body).Member.Name;
        return type.Field<NonNullGraphType<ConnectionType<TNodeType, TNode>>, Connection<TNode>>(name)
            .WithFilterArgument(filterType)
            .WithSortArgument(sortType)
            .WithPagingArguments()
            .ResolveAsync(async context =>
            {
                var query = source(context);
                var filter = context.GetFilter<TNode>();
                return await pager.PageAsync(
                    db => query(db).ApplyFilter(filter),
                    context.GetSortKeys<TNode>(),
                    key,
                    EntityProjection.For<TNode>(context, keyMember),
                    context.GetPagingArguments(),
                    context.CancellationToken);
            });
    }
}
