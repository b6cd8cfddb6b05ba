using System.Linq.Expressions;
using GraphQL;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>Applies a field's <c>where</c> argument to a query.</summary>
public static class FilterQueryableExtensions
{
    /// <summary>Adds one <c>Where</c> for the filter argument; the query is unchanged when there is nothing to filter.</summary>
    public static IQueryable<T> ApplyFilter<T>(this IQueryable<T> query, IResolveFieldContext context, string argumentName = "where")
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = context.GetFilter<T>(argumentName);
        return query.ApplyFilter(filter);
    }

    /// <summary>
    /// Adds a filter read earlier with <see cref="FilterResolveFieldContextExtensions.GetFilter{T}"/>. Use this
    /// in queries that run after the resolver returns (a deferred <c>totalCount</c>): GraphQL.NET
    /// reuses resolve contexts, so they must not be read then.
    /// </summary>
    public static IQueryable<T> ApplyFilter<T>(this IQueryable<T> query, Expression<Func<T, bool>>? filter)
    {
        ArgumentNullException.ThrowIfNull(query);
        return filter is null ? query : query.Where(filter);
    }
}
