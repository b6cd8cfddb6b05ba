namespace OpenCity.Data.Seeding;

/// <summary>A use of buildings, its weight among uses and its range of floors.</summary>
public sealed record BuildingUseDefinition
{
    public required string Use { get; init; }

    public required double Weight { get; init; }

    /// <summary>Share of the floor area that is homes.</summary>
    public required double ResidentialShare { get; init; }

    public required int MinFloors { get; init; }

    public required int MaxFloors { get; init; }
}
