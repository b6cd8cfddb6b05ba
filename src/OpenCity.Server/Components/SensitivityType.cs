using OpenCity.Domain.Components;
using OpenCity.GraphQL.Data.Types;

namespace OpenCity.Server.Components;

/// <summary>GraphQL enum of asset sensitivities.</summary>
public sealed class SensitivityType()
    : DescribedEnumerationGraphType<Sensitivity>(
        "Who may see an asset.",
        new Dictionary<Sensitivity, string>
        {
            [Sensitivity.Public] = "Open data: anyone may see it.",
            [Sensitivity.Restricted] = "Critical infrastructure: only authorised city staff may see it.",
        });
