namespace OpenCity.Data.Seeding;

/// <summary>How assets are laid out inside one grid cell (roads run along the cell's edges).</summary>
public sealed record LayoutDefinition
{
    public required double StreetlightSpacingMeters { get; init; }

    /// <summary>Distance of lamps, mains and cables from the road's centreline, into the cell.</summary>
    public required double StreetlightOffsetMeters { get; init; }

    public required double WaterPipeOffsetMeters { get; init; }

    public required double GasPipeOffsetMeters { get; init; }

    public required double PowerLineOffsetMeters { get; init; }

    /// <summary>Building lots per side of a cell's block.</summary>
    public required int LotsPerSide { get; init; }

    /// <summary>Distance from the cell's edge to the first lot, leaving room for the road side.</summary>
    public required double BlockMarginMeters { get; init; }

    /// <summary>Share of lots left as green space.</summary>
    public required double EmptyLotShare { get; init; }

    /// <summary>Share of cells that are parks: roads and lamps around, no buildings inside.</summary>
    public required double ParkShare { get; init; }

    /// <summary>Share of cells with gas mains.</summary>
    public required double GasShare { get; init; }

    /// <summary>A substation every this many cells in each direction.</summary>
    public required int SubstationSpacingCells { get; init; }

    public required int BusStopEveryCells { get; init; }

    /// <summary>Share of four-way junctions with traffic signals.</summary>
    public required double TrafficSignalShare { get; init; }

    /// <summary>Every this many lattice lines a road is an arterial.</summary>
    public required int ArterialEveryLines { get; init; }
}
