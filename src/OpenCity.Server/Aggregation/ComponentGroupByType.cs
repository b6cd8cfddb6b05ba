using OpenCity.GraphQL.Data.Types;

namespace OpenCity.Server.Aggregation;

/// <summary>GraphQL enum of what assets can be counted by.</summary>
public sealed class ComponentGroupByType()
    : DescribedEnumerationGraphType<ComponentGroupBy>(
        "A property to count the city's public assets by; give several to count every combination.",
        new Dictionary<ComponentGroupBy, string>
        {
            [ComponentGroupBy.Kind] = "By what the asset is: streetlight, water pipe, building …",
            [ComponentGroupBy.Status] = "By whether it is working: operational, failed, under maintenance …",
            [ComponentGroupBy.Domain] = "By the network or service it belongs to: water, power, lighting …",
            [ComponentGroupBy.Unit] = "By the grid (smallest administrative area) it lies in.",
            [ComponentGroupBy.Owner] = "By the department that owns and maintains it.",
        });
