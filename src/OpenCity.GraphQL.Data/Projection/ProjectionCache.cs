using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace OpenCity.GraphQL.Data.Projection;

/// <summary>
/// The projection lambdas of <typeparamref name="T"/>, built once per list of member names:
/// building one (reflection, expression validation) cost more than the rest of a small query's
/// preparation. A memo of a pure function of the type, so sharing it across requests is safe; it
/// holds one entry per selection the schema's fields produce.
/// </summary>
internal static class ProjectionCache<T>
    where T : class
{
    private static readonly ConcurrentDictionary<string, Expression<Func<T, T>>> Projections = new(StringComparer.Ordinal);

    /// <param name="members">Member names, comma-separated, in any case; those that are not columns are left out.</param>
    public static Expression<Func<T, T>> Get(string members) => Projections.GetOrAdd(members, Build);

    private static Expression<Func<T, T>> Build(string members)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        var bindings = members.Split(',', StringSplitOptions.RemoveEmptyEntries)
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
