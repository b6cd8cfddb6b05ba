using System.Collections.Frozen;
using OpenCity.Data.Seeding;
using OpenCity.Domain.Components;
using OpenCity.Domain.Departments;

namespace OpenCity.Server.Components;

/// <summary>
/// What a kind of asset is unless told otherwise, as the city definition (<c>seed/city.json</c>)
/// has it: the network it belongs to, and whether it is kept back. The seed, an import and
/// <c>createComponent</c> all read it here.
/// </summary>
public static class ComponentKindDefaults
{
    private static readonly IReadOnlyList<ComponentKindDefinition> Kinds = CityDefinition.LoadEmbedded().Kinds;

    private static readonly FrozenDictionary<ComponentKind, InfrastructureDomain> Domains = Kinds.ToFrozenDictionary(k => k.Kind, k => k.Domain);

    /// <summary>
    /// Restricted when the city definition restricts any asset of the kind (a gas main may be
    /// critical), so a new asset is never published that the city would have kept back.
    /// </summary>
    private static readonly FrozenDictionary<ComponentKind, Sensitivity> Sensitivities =
        Kinds.ToFrozenDictionary(k => k.Kind, k => k.RestrictedShare > 0 ? Sensitivity.Restricted : Sensitivity.Public);

    /// <summary>The network assets of <paramref name="kind"/> belong to, e.g. <c>Water</c> for a water main.</summary>
    public static InfrastructureDomain DomainOf(ComponentKind kind) => Domains[kind];

    /// <summary>Who may see a new asset of <paramref name="kind"/> when nobody said.</summary>
    public static Sensitivity SensitivityOf(ComponentKind kind) => Sensitivities[kind];
}
