using OpenCity.GraphQL.Data.Types;

namespace OpenCity.Server.Auth;

/// <summary>GraphQL enum of <see cref="CallerRole"/>.</summary>
public sealed class CallerRoleType()
    : DescribedEnumerationGraphType<CallerRole>(
        "What the API lets you do, from the token you sent (none: a public reader).",
        new Dictionary<CallerRole, string>
        {
            [CallerRole.Anonymous] = "No token: you may read all public data.",
            [CallerRole.Operator] = "A city department's operator: may also work on that department's assets and requests.",
            [CallerRole.Admin] = "An administrator: may do everything.",
        });
