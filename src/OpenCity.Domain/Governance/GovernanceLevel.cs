namespace OpenCity.Domain.Governance;

/// <summary>The tiers of the city's administrative hierarchy, from the whole city down to the smallest grid.</summary>
public enum GovernanceLevel
{
    City = 0,
    District = 1,
    Street = 2,
    Community = 3,
    Grid = 4,
}
