using NetTopologySuite.Geometries;
using OpenCity.Geospatial.Geodesy;

namespace OpenCity.Data.Seeding;

/// <summary>
/// The regular lattice of grid cells around the city's centre, in degrees. Every vertex is computed
/// from its integer lattice position and rounded to 1e-7°, so neighbouring cells share vertices
/// exactly and unions tile without slivers.
/// </summary>
internal sealed class Lattice
{
    private readonly double _west;
    private readonly double _south;
    private readonly double _stepLon;
    private readonly double _stepLat;

    public Lattice(CityDefinition definition, SizeDefinition size)
    {
        Columns = size.Columns;
        Rows = size.Rows;
        CellSize = definition.CellSizeMeters;
        var (perLon, perLat) = Wgs84.MetresPerDegree(definition.CentreLatitude);
        // Rounded once, so that trigonometry's last bits cannot differ between machines.
        _stepLon = Wgs84.Round(CellSize / perLon);
        _stepLat = Wgs84.Round(CellSize / perLat);
        _west = Wgs84.Round(definition.CentreLongitude - Columns / 2.0 * _stepLon);
        _south = Wgs84.Round(definition.CentreLatitude - Rows / 2.0 * _stepLat);
    }

    public int Columns { get; }

    public int Rows { get; }

    /// <summary>Edge of a cell in metres.</summary>
    public double CellSize { get; }

    public GeometryFactory Factory => Wgs84.Factory;

    public int Index(int column, int row) => row * Columns + column;

    public int ColumnOf(int index) => index % Columns;

    public int RowOf(int index) => index / Columns;

    public bool Contains(int column, int row) => column >= 0 && column < Columns && row >= 0 && row < Rows;

    /// <summary>Longitude of the lattice line west of column <paramref name="column"/>.</summary>
    public double X(int column) => Wgs84.Round(_west + column * _stepLon);

    /// <summary>Latitude of the lattice line south of row <paramref name="row"/>.</summary>
    public double Y(int row) => Wgs84.Round(_south + row * _stepLat);

    /// <summary>A coordinate <paramref name="u"/> metres east and <paramref name="v"/> metres north of a cell's south-west corner.</summary>
    public Coordinate At(int column, int row, double u, double v) =>
        new(Along(X(column), X(column + 1), u), Along(Y(row), Y(row + 1), v));

    public Point Point(int column, int row, double u, double v) => Factory.CreatePoint(At(column, row, u, v));

    public LineString Line(int column, int row, double u0, double v0, double u1, double v1) =>
        Factory.CreateLineString([At(column, row, u0, v0), At(column, row, u1, v1)]);

    /// <summary>An axis-aligned rectangle inside a cell, counter-clockwise.</summary>
    public Polygon Rectangle(int column, int row, double u0, double v0, double u1, double v1)
    {
        var sw = At(column, row, u0, v0);
        var ne = At(column, row, u1, v1);
        return Factory.CreatePolygon([sw, new Coordinate(ne.X, sw.Y), ne, new Coordinate(sw.X, ne.Y), sw.Copy()]);
    }

    /// <summary>The whole cell, counter-clockwise.</summary>
    public Polygon Cell(int column, int row) => Rectangle(column, row, 0, 0, CellSize, CellSize);

    private double Along(double from, double to, double metres) =>
        metres <= 0 ? from : metres >= CellSize ? to : Wgs84.Round(from + metres / CellSize * (to - from));
}
