using OpenCity.Domain.Governance;
using OpenCity.GraphQL.Data.Types;

namespace OpenCity.Server.Units;

/// <summary>GraphQL enum of the governance tiers.</summary>
public sealed class GovernanceLevelType()
    : DescribedEnumerationGraphType<GovernanceLevel>(
        "The tier of an administrative area, from the whole city down to the smallest grid.",
        new Dictionary<GovernanceLevel, string>
        {
            [GovernanceLevel.City] = "The whole city.",
            [GovernanceLevel.District] = "A district: the largest division of the city.",
            [GovernanceLevel.Street] = "A street (sub-district) office's area within a district.",
            [GovernanceLevel.Community] = "A residents' community within a street area.",
            [GovernanceLevel.Grid] = "A grid: the smallest unit, a few blocks looked after by one grid worker.",
        });
