using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>Reads a field's filter argument as one predicate EF Core translates to SQL.</summary>
public static class FilterResolveFieldContextExtensions
{
    /// <summary>
    /// The predicate of the <paramref name="argumentName"/> argument, or <c>null</c> when there is
    /// nothing to filter (argument absent, a null or absent variable, or no conditions).
    /// Mistakes raise a GraphQL error coded <see cref="FilterErrorCodes.InvalidFilter"/>.
    /// </summary>
    public static Expression<Func<T, bool>>? GetFilter<T>(this IResolveFieldContext context, string argumentName = "where")
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ArgumentReader.TryRead(context, argumentName, out var type, out var value) || value is null)
        {
            return null;
        }

        var input = (IInputObjectGraphType)type;
        var entity = Expression.Parameter(typeof(T), "x");
        var body = FilterExpressionBuilder.Object(input, (IDictionary<string, object?>)value, entity);
        return body is null ? null : Expression.Lambda<Func<T, bool>>(body, entity);
    }
}
