namespace OpenCity.Data.Seeding;

/// <summary>
/// A responsibility area: a polygon in coordinates relative to the city's bounding box
/// (0,0 south-west, 1,1 north-east), clipped to the city.
/// </summary>
public sealed record AreaDefinition
{
    public required string Name { get; init; }

    /// <summary>Vertices as [x, y] pairs, not closed.</summary>
    public required IReadOnlyList<IReadOnlyList<double>> Polygon { get; init; }
}
