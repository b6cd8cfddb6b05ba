using OpenCity.Domain.Components;
using OpenCity.GraphQL.Data.Types;

namespace OpenCity.Server.Components;

/// <summary>GraphQL enum of topology relations.</summary>
public sealed class LinkKindType()
    : DescribedEnumerationGraphType<LinkKind>(
        "How two assets are related in the city's networks.",
        new Dictionary<LinkKind, string>
        {
            [LinkKind.ConnectsTo] = "`from` is physically joined to `to`, e.g. two consecutive pipe segments.",
            [LinkKind.Feeds] = "`from` supplies `to`, e.g. a substation feeds a power line, a power line feeds a streetlight.",
            [LinkKind.PartOf] = "`from` is a part of `to`.",
            [LinkKind.Monitors] = "`from` is a sensor that measures `to`.",
        });
