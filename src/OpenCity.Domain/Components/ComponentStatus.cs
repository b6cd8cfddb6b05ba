namespace OpenCity.Domain.Components;

/// <summary>The operating state of a physical asset.</summary>
public enum ComponentStatus
{
    Operational = 0,
    Degraded = 1,
    Failed = 2,
    Maintenance = 3,
    Planned = 4,
    Retired = 5,
}
