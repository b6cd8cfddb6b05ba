namespace OpenCity.Domain.Components;

/// <summary>Whether an asset may be shown to anyone or only to authorised staff.</summary>
public enum Sensitivity
{
    Public = 0,
    Restricted = 1,
}
