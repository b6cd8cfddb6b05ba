namespace OpenCity.Geospatial.Sqlite;

/// <summary>
/// A row of a SQLite R*Tree spatial index: the id of an entity and the envelope of one of its
/// geometries (stored as 32-bit floats rounded outwards, so the index finds a superset).
/// </summary>
internal sealed class SpatialIndexEntry
{
    public long Id { get; set; }

    public double MinX { get; set; }

    public double MaxX { get; set; }

    public double MinY { get; set; }

    public double MaxY { get; set; }
}
