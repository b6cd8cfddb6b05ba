namespace OpenCity.Domain.Departments;

/// <summary>The utility or service domain an asset or a department belongs to.</summary>
public enum InfrastructureDomain
{
    Water = 0,
    Gas = 1,
    Power = 2,
    Transport = 3,
    Lighting = 4,
    Sanitation = 5,
    Telecom = 6,
    Environment = 7,
    Buildings = 8,
    PublicSafety = 9,
}
