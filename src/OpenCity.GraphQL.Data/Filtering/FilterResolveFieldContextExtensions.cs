using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.GraphQL.Data.DataLoading;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>Reads a field's filter argument as one predicate EF Core translates to SQL.</summary>
public static class FilterResolveFieldContextExtensions
{
    /// <summary>
    /// The predicate of the <paramref name="argumentName"/> argument, or <c>null</c> when there is
    /// nothing to filter (argument absent, a null or absent variable, or no conditions).
    /// Mistakes raise a GraphQL error coded <see cref="FilterErrorCodes.InvalidFilter"/>. Built once
    /// per field of the document and request, however many objects the field resolves for: a filter
    /// may buffer geometries, which costs time.
    /// </summary>
    public static Expression<Func<T, bool>>? GetFilter<T>(this IResolveFieldContext context, string argumentName = "where")
    {
        ArgumentNullException.ThrowIfNull(context);
        context.CancellationToken.ThrowIfCancellationRequested();
        return context.RequestServices?.GetService<DataLoaderScope>() is { } scope
            ? scope.Once((context.FieldAst, argumentName, typeof(T)), () => Build<T>(context, argumentName))
            : Build<T>(context, argumentName);
    }

    private static Expression<Func<T, bool>>? Build<T>(IResolveFieldContext context, string argumentName)
    {
        if (!ArgumentReader.TryRead(context, argumentName, out var type, out var value) || value is null)
        {
            return null;
        }

        var input = (IInputObjectGraphType)type;
        var entity = Expression.Parameter(typeof(T), "x");
        var body = FilterExpressionBuilder.Object(input, (IDictionary<string, object?>)value, entity, context.CancellationToken);
        return body is null ? null : Expression.Lambda<Func<T, bool>>(body, entity);
    }
}
