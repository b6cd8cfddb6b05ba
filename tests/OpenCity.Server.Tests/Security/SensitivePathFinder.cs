using GraphQL;
using GraphQL.Types;

namespace OpenCity.Server.Tests.Security;

/// <summary>
/// Every way through the schema, from <c>Query</c>, to a field that returns components, links, nearby
/// components or component counts, within a few steps: each found as the list of fields (with the
/// concrete type chosen behind an interface) a query walks. Found from the live schema, so a new
/// field is walked without anyone listing it.
/// </summary>
internal static class SensitivePathFinder
{
    /// <summary>The types whose values could carry a restricted component, or count one.</summary>
    public static readonly IReadOnlySet<string> SensitiveTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "CityComponent", "CityComponentConnection", "ComponentLink", "NearbyComponent", "ComponentGroup",
    };

    public static IReadOnlyList<IReadOnlyList<PathStep>> Find(ISchema schema, int maxSteps)
    {
        var paths = new List<IReadOnlyList<PathStep>>();
        Walk(schema, (IObjectGraphType)schema.Query, [], maxSteps, paths);
        return paths;
    }

    private static void Walk(ISchema schema, IComplexGraphType type, List<PathStep> path, int stepsLeft, List<IReadOnlyList<PathStep>> paths)
    {
        foreach (var field in type.Fields)
        {
            if (field.Name.StartsWith("__", StringComparison.Ordinal) || field.Name is "edges" or "pageInfo")
            {
                continue;
            }

            var named = field.ResolvedType!.GetNamedType();
            if (SensitiveTypes.Contains(named.Name))
            {
                paths.Add([.. path, new PathStep(type.Name, field, null)]);
                continue;
            }

            if (stepsLeft == 0)
            {
                continue;
            }

            foreach (var target in Concrete(schema, named))
            {
                Walk(schema, target, [.. path, new PathStep(type.Name, field, named is IInterfaceGraphType ? target.Name : null)], stepsLeft - 1, paths);
            }
        }
    }

    /// <summary>The object types a field's values can have: itself, or every implementation of an interface.</summary>
    private static IEnumerable<IObjectGraphType> Concrete(ISchema schema, IGraphType type) => type switch
    {
        IObjectGraphType objectType => [objectType],
        IInterfaceGraphType interfaceType => schema.AllTypes.OfType<IObjectGraphType>().Where(t => t.ResolvedInterfaces.Contains(interfaceType)),
        _ => [],
    };
}
