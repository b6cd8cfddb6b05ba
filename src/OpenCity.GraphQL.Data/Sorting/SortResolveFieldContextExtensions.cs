using System.Collections;
using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using OpenCity.GraphQL.Data.Errors;
using OpenCity.GraphQL.Data.Filtering;

namespace OpenCity.GraphQL.Data.Sorting;

/// <summary>Reads a field's <c>order</c> argument as sort keys, without applying them.</summary>
public static class SortResolveFieldContextExtensions
{
    /// <summary>
    /// The keys of the <paramref name="argumentName"/> argument in the client's order (list
    /// elements first to last, fields within an element as written). Empty when absent. A field
    /// whose value is a variable that is null or not given is left out.
    /// </summary>
    public static IReadOnlyList<SortKey<T>> GetSortKeys<T>(this IResolveFieldContext context, string argumentName = "order")
    {
        ArgumentNullException.ThrowIfNull(context);
        var keys = new List<SortKey<T>>();
        if (!ArgumentReader.TryRead(context, argumentName, out var type, out var value) || value is not IEnumerable elements)
        {
            return keys;
        }

        var elementType = (IInputObjectGraphType)ArgumentReader.Unwrap(((ListGraphType)type).ResolvedType!);
        var entity = Expression.Parameter(typeof(T), "x");
        foreach (var element in elements)
        {
            Collect(elementType, element, entity, [], entity, keys);
        }

        return keys;
    }

    private static void Collect<T>(
        IInputObjectGraphType type, object? value, Expression instance, List<Expression> optional, ParameterExpression entity, List<SortKey<T>> keys)
    {
        if (value is not IDictionary<string, object?> fields)
        {
            throw new DataLayerError(SortErrorCodes.InvalidSort, $"Each entry of `{type.Name}` needs fields to sort by, not null.");
        }

        foreach (var (name, fieldValue) in fields)
        {
            var field = type.GetField(name)!;
            var member = MemberLambdas.Inline(field.GetMetadata<LambdaExpression>(FilterMetadata.Member)!, instance);
            switch (fieldValue)
            {
                case bool descending:
                    keys.Add(new SortKey<T>(Expression.Lambda(NullSafe(member, optional), entity), descending));
                    break;
                case IDictionary<string, object?> nested:
                    Collect((IInputObjectGraphType)ArgumentReader.Unwrap(field.ResolvedType!), nested, member, [.. optional, member], entity, keys);
                    break;
                default:
                    throw new DataLayerError(SortErrorCodes.InvalidSort, $"`{name}` needs a direction (`ASC` or `DESC`) or fields to sort by, not null.");
            }
        }
    }

    /// <summary>
    /// <c>x.Author == null ? null : x.Author.Name</c>: SQL gives NULL for a missing related row
    /// anyway, but code that evaluates a key in memory (cursors) must not throw.
    /// </summary>
    private static Expression NullSafe(Expression member, List<Expression> optional)
    {
        if (optional.Count == 0)
        {
            return member;
        }

        var type = MemberLambdas.AsNullable(member.Type);
        var missing = optional.Select(o => (Expression)Expression.Equal(o, Expression.Constant(null, o.Type))).Aggregate(Expression.OrElse);
        return Expression.Condition(missing, Expression.Constant(null, type), type == member.Type ? member : Expression.Convert(member, type));
    }
}
