using System.Linq.Expressions;
using OpenCity.GraphQL.Data.Filtering;

namespace OpenCity.GraphQL.Data.Sorting;

/// <summary>Applies sort keys to a query that is not paged (the keyset pager orders its own queries).</summary>
public static class SortQueryableExtensions
{
    /// <summary>
    /// <c>OrderBy</c>/<c>ThenBy</c> over the keys. Nulls count as the largest values on every
    /// database (PostgreSQL's own rule; SQLite would put them first ascending), so a nullable key
    /// is preceded by the key <c>value == null</c> in the same direction. Append a unique key
    /// (the id) when the order must be stable.
    /// </summary>
    public static IQueryable<T> ApplySort<T>(this IQueryable<T> query, IEnumerable<SortKey<T>> keys)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(keys);
        var expression = query.Expression;
        var first = true;
        foreach (var key in keys)
        {
            if (MemberLambdas.IsNullable(key.Key.ReturnType))
            {
                var isNull = Expression.Lambda(Expression.Equal(key.Key.Body, Expression.Constant(null, key.Key.ReturnType)), key.Key.Parameters);
                expression = Order(expression, isNull, key.Descending, first);
                first = false;
            }

            expression = Order(expression, key.Key, key.Descending, first);
            first = false;
        }

        return first ? query : query.Provider.CreateQuery<T>(expression);
    }

    private static MethodCallExpression Order(Expression source, LambdaExpression key, bool descending, bool first) => Expression.Call(
        typeof(Queryable),
        (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            (false, true) => nameof(Queryable.ThenByDescending),
        },
        [key.Parameters[0].Type, key.ReturnType],
        source,
        Expression.Quote(key));
}
