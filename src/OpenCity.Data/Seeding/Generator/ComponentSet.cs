using OpenCity.Domain.Components;

namespace OpenCity.Data.Seeding;

/// <summary>The generated assets, their topology and what later stages derive from them.</summary>
internal sealed record ComponentSet(
    IReadOnlyList<CityComponent> Components,
    IReadOnlyList<ComponentLink> Links,
    IReadOnlyList<SensorInfo> Sensors,
    IReadOnlyList<CellStats> Stats);
