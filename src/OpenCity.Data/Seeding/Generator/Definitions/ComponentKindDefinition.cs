using System.Text.Json;
using OpenCity.Domain.Components;
using OpenCity.Domain.Departments;

namespace OpenCity.Data.Seeding;

/// <summary>How assets of one kind are described.</summary>
public sealed record ComponentKindDefinition
{
    public required ComponentKind Kind { get; init; }

    public required InfrastructureDomain Domain { get; init; }

    /// <summary>Prefix of the asset codes, e.g. <c>SL</c> for <c>SL-000123</c>.</summary>
    public required string CodePrefix { get; init; }

    public required string Label { get; init; }

    /// <summary>Earliest year assets of this kind were installed; the city's when absent.</summary>
    public int? InstalledFromYear { get; init; }

    /// <summary>Share of assets of this kind that are restricted.</summary>
    public double RestrictedShare { get; init; }

    /// <summary>Attribute name → the values it is drawn from (repeat a value to weight it).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<JsonElement>> Attributes { get; init; } =
        new Dictionary<string, IReadOnlyList<JsonElement>>();
}
