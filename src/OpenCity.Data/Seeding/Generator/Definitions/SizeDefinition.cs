namespace OpenCity.Data.Seeding;

/// <summary>How one <see cref="CitySize"/> is built: the lattice of grid cells and the shape of the hierarchy.</summary>
public sealed record SizeDefinition
{
    /// <summary>Columns of the lattice; the city's outline is cut from it.</summary>
    public required int Columns { get; init; }

    public required int Rows { get; init; }

    public required int Districts { get; init; }

    public required int StreetsPerDistrict { get; init; }

    public required int CommunitiesPerStreet { get; init; }

    /// <summary>Hours of hourly readings per sensor, ending at the reference time.</summary>
    public required int ReadingHours { get; init; }

    public required int ServiceRequests { get; init; }

    /// <summary>Periods observed at this size; the city's periods when absent.</summary>
    public IReadOnlyList<string>? Periods { get; init; }
}
