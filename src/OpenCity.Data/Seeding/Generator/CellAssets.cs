namespace OpenCity.Data.Seeding;

/// <summary>Ids of the assets of one cell that neighbouring cells link to (0 when the cell has none).</summary>
internal sealed record CellAssets(long RoadSouth, long RoadWest, long WaterSouth, long WaterWest, long GasSouth, long GasWest, long PowerSouth, long PowerWest);
