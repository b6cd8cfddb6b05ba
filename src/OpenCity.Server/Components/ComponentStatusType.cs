using OpenCity.Domain.Components;
using OpenCity.GraphQL.Data.Types;

namespace OpenCity.Server.Components;

/// <summary>GraphQL enum of asset states.</summary>
public sealed class ComponentStatusType()
    : DescribedEnumerationGraphType<ComponentStatus>(
        "The operating state of a physical asset.",
        new Dictionary<ComponentStatus, string>
        {
            [ComponentStatus.Operational] = "Working normally.",
            [ComponentStatus.Degraded] = "Working, but not fully (e.g. a dimmed lamp, a pipe with low pressure).",
            [ComponentStatus.Failed] = "Out of order.",
            [ComponentStatus.Maintenance] = "Taken out of service for planned work.",
            [ComponentStatus.Planned] = "Approved but not built yet.",
            [ComponentStatus.Retired] = "Taken out of service for good.",
        });
