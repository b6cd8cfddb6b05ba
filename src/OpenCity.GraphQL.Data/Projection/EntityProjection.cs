using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Projection;

/// <summary>
/// Builds <c>x =&gt; new T { A = x.A, … }</c> with only the members the query selects (plus the
/// ones the caller always needs, such as keys), so EF Core reads only those columns.
/// </summary>
public static class EntityProjection
{
    /// <summary>The projection for the objects a field returns, itself or through a connection's nodes.</summary>
    public static Expression<Func<T, T>> For<T>(IResolveFieldContext context, params string[] always)
        where T : class
    {
        var returned = context.FieldDefinition.ResolvedType?.GetNamedType();
        var connection = returned is IComplexGraphType complex && complex.GetField("pageInfo") is not null && complex.GetField("nodes") is not null;
        var nodeType = connection ? ((IComplexGraphType)returned!).GetField("nodes")!.ResolvedType?.GetNamedType() : returned;
        if (nodeType is not IComplexGraphType objectType)
        {
            throw new InvalidOperationException($"{context.FieldDefinition.Name} returns no object type to project.");
        }

        var selected = SelectionReader.SelectedNodeFields(context, connection);
        var members = objectType.Fields
            .Where(field => selected.Contains(field.Name))
            .SelectMany(ProjectionMetadata.MembersOf)
            .Concat(always);
        return Of<T>(members);
    }

    public static Expression<Func<T, T>> Of<T>(IEnumerable<string> members)
        where T : class
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        var bindings = members
            .Select(name => typeof(T).GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase))
            .OfType<PropertyInfo>()
            .Where(property => property.CanWrite && IsColumn(property.PropertyType))
            .DistinctBy(property => property.Name)
            .OrderBy(property => property.Name, StringComparer.Ordinal)
            .Select(property => Expression.Bind(property, Expression.Property(parameter, property)));
        return Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(typeof(T)), bindings), parameter);
    }

    // Navigations are loaded by DataLoaders, never through the projection.
    private static bool IsColumn(Type type) =>
        type.IsValueType || type == typeof(string) || type.Namespace?.StartsWith("NetTopologySuite", StringComparison.Ordinal) == true
        || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) && type.GetGenericArguments()[0] == typeof(string));
}
