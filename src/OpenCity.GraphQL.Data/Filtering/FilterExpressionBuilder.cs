using System.Collections;
using System.Linq.Expressions;
using GraphQL.Types;
using OpenCity.GraphQL.Data.Errors;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>
/// Turns a read filter value into one boolean expression over an instance. Every condition it
/// builds is two-valued in SQL (never NULL), so that negating it or nesting it in <c>All</c>
/// gives what LINQ-to-Objects gives. <c>null</c> stands for "no condition".
/// </summary>
internal static class FilterExpressionBuilder
{
    /// <summary>The condition of one filter object on <paramref name="instance"/>; the token is checked between branches and passed to buffering.</summary>
    public static Expression? Object(IInputObjectGraphType type, IDictionary<string, object?> value, Expression instance, CancellationToken cancellationToken)
    {
        Expression? result = null;
        foreach (var (name, fieldValue) in value)
        {
            var condition = name switch
            {
                "and" => Combine(type, name, fieldValue, instance, Expression.AndAlso, emptyMeans: true, cancellationToken),
                "or" => Combine(type, name, fieldValue, instance, Expression.OrElse, emptyMeans: false, cancellationToken),
                _ => Field(type.GetField(name)!, fieldValue, instance, cancellationToken),
            };
            result = And(result, condition);
        }

        return result;
    }

    public static Expression? And(Expression? left, Expression? right) =>
        left is null ? right : right is null ? left : Expression.AndAlso(left, right);

    public static DataLayerError Invalid(string message) => new(FilterErrorCodes.InvalidFilter, message);

    private static Expression? Combine(
        IInputObjectGraphType type,
        string name,
        object? value,
        Expression instance,
        Func<Expression, Expression, BinaryExpression> combine,
        bool emptyMeans,
        CancellationToken cancellationToken)
    {
        if (value is not IEnumerable filters)
        {
            throw Invalid($"`{name}` needs a list of filters, not null.");
        }

        // A filter without conditions keeps everything.
        var conditions = filters.Cast<object?>()
            .Select(filter =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return Object(type, AsObject(filter, name), instance, cancellationToken) ?? Expression.Constant(true);
            })
            .ToList();
        return conditions.Count == 0 ? (emptyMeans ? null : Expression.Constant(false)) : Balanced(conditions, 0, conditions.Count, combine);
    }

    /// <summary>
    /// Combines conditions as a balanced tree rather than a chain, so a wide <c>or</c> nests only
    /// log2(n) deep: translators and databases walk expressions recursively.
    /// </summary>
    private static Expression Balanced(List<Expression> conditions, int start, int count, Func<Expression, Expression, BinaryExpression> combine) =>
        count == 1
            ? conditions[start]
            : combine(Balanced(conditions, start, count / 2, combine), Balanced(conditions, start + (count / 2), count - (count / 2), combine));

    private static Expression? Field(FieldType field, object? value, Expression instance, CancellationToken cancellationToken)
    {
        var member = MemberLambdas.Inline(field.GetMetadata<LambdaExpression>(FilterMetadata.Member)!, instance);
        switch (ArgumentReader.Unwrap(field.ResolvedType!))
        {
            case OperationFilterInputType operationType:
                Func<string, Expression, object?, Expression> build = operationType is GeometryFilterInputType
                    ? (name, target, operand) => SpatialFilterOperations.Build(name, target, operand, cancellationToken)
                    : FilterOperations.Build;
                var operations = value is null
                    ? throw Invalid(operationType is GeometryFilterInputType
                        ? $"`{field.Name}: null` has no meaning; give spatial conditions such as `{field.Name}: {{ within: … }}`."
                        : $"`{field.Name}: null` has no meaning; write `{field.Name}: {{ eq: null }}` for items with no value.")
                    : AsObject(value, field.Name);
                return operations.Aggregate((Expression?)null, (all, operation) => And(all, build(operation.Key, member, operation.Value)));
            case IInputObjectGraphType list when list.GetType().IsGenericType && list.GetType().GetGenericTypeDefinition() == typeof(ListFilterInputType<>):
                return value is null
                    ? throw Invalid($"`{field.Name}` is a list and never null; write `{field.Name}: {{ any: false }}` for an empty list.")
                    : List(list, field.Name, AsObject(value, field.Name), member, cancellationToken);
            case IInputObjectGraphType nested:
                var isNull = Expression.Equal(member, Expression.Constant(null, member.Type));
                return value is null
                    ? isNull
                    : And(Expression.Not(isNull), Object(nested, AsObject(value, field.Name), member, cancellationToken));
            default:
                throw new InvalidOperationException($"`{field.Name}` is not a filter field.");
        }
    }

    private static Expression? List(IInputObjectGraphType type, string name, IDictionary<string, object?> value, Expression list, CancellationToken cancellationToken)
    {
        var elementType = list.Type.GetInterfaces().Append(list.Type)
            .First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)).GetGenericArguments()[0];
        Expression? result = null;
        foreach (var (operation, operand) in value)
        {
            if (operation == "any")
            {
                result = And(result, operand is bool any
                    ? any ? Any(list, elementType, null) : Expression.Not(Any(list, elementType, null))
                    : throw Invalid($"`{name}: {{ any: … }}` needs `true` or `false`, not null."));
                continue;
            }

            var elementFilter = (IInputObjectGraphType)ArgumentReader.Unwrap(type.GetField(operation)!.ResolvedType!);
            var element = Expression.Parameter(elementType, name[..1]);
            var condition = operand is null
                ? throw Invalid($"`{name}: {{ {operation}: … }}` needs a filter, not null.")
                : Object(elementFilter, AsObject(operand, name), element, cancellationToken);
            var predicate = condition is null ? null : Expression.Lambda(condition, element);
            result = And(result, operation switch
            {
                "some" => Any(list, elementType, predicate),
                "none" => Expression.Not(Any(list, elementType, predicate)),
                "all" when predicate is null => null,
                "all" => Expression.Call(typeof(Enumerable), nameof(Enumerable.All), [elementType], list, predicate),
                _ => throw new InvalidOperationException($"Unknown list operation `{operation}`."),
            });
        }

        return result;
    }

    private static MethodCallExpression Any(Expression list, Type elementType, LambdaExpression? predicate) => predicate is null
        ? Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], list)
        : Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], list, predicate);

    private static IDictionary<string, object?> AsObject(object? value, string name) =>
        value as IDictionary<string, object?> ?? throw Invalid($"`{name}` needs an object of conditions.");
}
