using System.Linq.Expressions;
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

    /// <summary><c>x =&gt; new T { A = x.A, … }</c> for the named members (any case) that are columns.</summary>
    public static Expression<Func<T, T>> Of<T>(IEnumerable<string> members)
        where T : class =>
        ProjectionCache<T>.Get(string.Join(',', members));
}
