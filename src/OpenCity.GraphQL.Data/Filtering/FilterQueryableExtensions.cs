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
        return filter is null ? query : query.Where(filter);
    }
}
