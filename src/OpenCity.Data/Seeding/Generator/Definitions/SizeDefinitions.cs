namespace OpenCity.Data.Seeding;

/// <summary>The definition of each <see cref="CitySize"/>.</summary>
public sealed record SizeDefinitions
{
    public required SizeDefinition Small { get; init; }

    public required SizeDefinition Medium { get; init; }

    public required SizeDefinition Large { get; init; }

    public SizeDefinition For(CitySize size) => size switch
    {
        CitySize.Small => Small,
        CitySize.Medium => Medium,
        CitySize.Large => Large,
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "Unknown city size."),
    };
}
