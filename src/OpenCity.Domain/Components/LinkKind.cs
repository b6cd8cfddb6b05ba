namespace OpenCity.Domain.Components;

/// <summary>How two assets are related in the twin's topology.</summary>
public enum LinkKind
{
    ConnectsTo = 0,
    Feeds = 1,
    PartOf = 2,
    Monitors = 3,
}
