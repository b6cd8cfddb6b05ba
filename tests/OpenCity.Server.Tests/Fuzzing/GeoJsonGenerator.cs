namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// GeoJSON geometries for the GeoJSON scalar: mostly valid ones near the demo city (around
/// lon -2.13, lat 54.61), and broken ones — unclosed rings, self-intersections, out-of-range or
/// absurd numbers, wrong shapes, empty geometries, collections, foreign members.
/// </summary>
public sealed partial class GeoJsonGenerator(FuzzRandom random)
{
    private const double CityLongitude = -2.13;
    private const double CityLatitude = 54.61;

    private static readonly string[] GeometryTypes = ["Point", "LineString", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon", "GeometryCollection"];

    /// <summary>A geometry value: valid with probability <paramref name="validShare"/>, else broken in one of many ways.</summary>
    public FuzzValue Geometry(double validShare = 0.6)
    {
        var geometry = random.Chance(validShare) ? Valid() : Broken();
        return random.Chance(0.1) ? FuzzValue.String(FuzzValueWriter.Json(geometry)) : geometry;
    }

    /// <summary>A valid point near the city (for nearest-first searches and distances).</summary>
    public FuzzValue Point() => Shape("Point", Position(Near()));

    public FuzzValue Valid() => random.Choose(3, 2, 3, 1, 1, 1, 0.3, 0.3) switch
    {
        0 => Point(),
        1 => Shape("LineString", Positions(Line(random.Between(2, Vertices())))),
        2 => Shape("Polygon", Rings(random.Chance(0.85) ? [Ring(random.Between(3, Vertices()))] : PolygonWithHole())),
        3 => Shape("MultiPoint", Positions(Line(random.Between(1, 6)))),
        4 => Shape("MultiLineString", FuzzValue.List([.. Enumerable.Range(0, random.Between(1, 3)).Select(_ => Positions(Line(random.Between(2, 6))))])),
        5 => Shape("MultiPolygon", FuzzValue.List([.. Enumerable.Range(0, random.Between(1, 3)).Select(_ => Rings([Ring(random.Between(3, 8))]))])),
        6 => Shape("Point", Position(Far())),
        _ => Collection([Point(), Shape("LineString", Positions(Line(3)))]),
    };

    /// <summary>A position list for a line: mostly a few vertices, rarely many.</summary>
    private int Vertices() => random.Weighted((0.8, 6), (0.18, 30), (0.02, 120));

    private FuzzValue Shape(string type, FuzzValue coordinates) =>
        type == "GeometryCollection"
            ? FuzzValue.Object([new("type", FuzzValue.String(type)), new("geometries", coordinates)])
            : FuzzValue.Object([new("type", FuzzValue.String(type)), new("coordinates", coordinates)]);

    private static FuzzValue Collection(IReadOnlyList<FuzzValue> geometries) =>
        FuzzValue.Object([new("type", FuzzValue.String("GeometryCollection")), new("geometries", FuzzValue.List(geometries))]);

    private static FuzzValue WithMember(FuzzValue geometry, string name, FuzzValue value) =>
        geometry.Kind == FuzzValueKind.Object ? FuzzValue.Object([.. geometry.Fields!, new(name, value)]) : geometry;

    private (double Longitude, double Latitude) Near() =>
        (CityLongitude + (random.NextDouble() - 0.5) * 0.06, CityLatitude + (random.NextDouble() - 0.5) * 0.04);

    private (double Longitude, double Latitude) Far() => random.Between(0, 4) switch
    {
        0 => (179.9999, 0),
        1 => (-180, -90),
        2 => (0, 90),
        3 => (random.NextDouble() * 360 - 180, random.NextDouble() * 180 - 90),
        _ => (CityLongitude + 1e-12, CityLatitude),
    };

    private static FuzzValue Position((double Longitude, double Latitude) position) =>
        FuzzValue.List([FuzzValue.Float(Math.Round(position.Longitude, 7)), FuzzValue.Float(Math.Round(position.Latitude, 7))]);

    private static FuzzValue Positions(IReadOnlyList<(double Longitude, double Latitude)> positions, bool duplicateFirst = false) =>
        FuzzValue.List([.. (duplicateFirst ? positions.Prepend(positions[0]) : positions).Select(Position)]);

    private static FuzzValue Rings(IReadOnlyList<IReadOnlyList<(double, double)>> rings) => FuzzValue.List([.. rings.Select(r => Positions(r))]);

    private List<(double Longitude, double Latitude)> Line(int vertices)
    {
        var start = Near();
        var step = random.Pick([0.00005, 0.0005, 0.003]);
        var line = new List<(double, double)> { start };
        for (var i = 1; i < vertices; i++)
        {
            var (longitude, latitude) = line[^1];
            line.Add((longitude + (random.NextDouble() - 0.3) * step, latitude + (random.NextDouble() - 0.5) * step));
        }

        return line;
    }

    /// <summary>A closed, counter-clockwise ring: a star-free polygon around a centre near the city.</summary>
    private List<(double Longitude, double Latitude)> Ring(int vertices, double? radiusMeters = null)
    {
        var (longitude, latitude) = Near();
        var radius = (radiusMeters ?? random.Pick([20.0, 150.0, 800.0, 2500.0])) / 111_320.0;
        var ring = new List<(double, double)>();
        for (var i = 0; i < vertices; i++)
        {
            var angle = 2 * Math.PI * i / vertices;
            ring.Add((longitude + radius * Math.Cos(angle) / Math.Cos(latitude * Math.PI / 180), latitude + radius * Math.Sin(angle)));
        }

        ring.Add(ring[0]);
        return ring;
    }

    private List<IReadOnlyList<(double, double)>> PolygonWithHole()
    {
        var shell = Ring(random.Between(4, 8), 800);
        var (longitude, latitude) = shell[0];
        var centre = (Longitude: shell.Take(shell.Count - 1).Average(p => p.Longitude), Latitude: shell.Take(shell.Count - 1).Average(p => p.Latitude));
        List<(double, double)> hole = random.Chance(0.7)
            ? [(centre.Longitude - 0.001, centre.Latitude - 0.0005), (centre.Longitude - 0.001, centre.Latitude + 0.0005), (centre.Longitude + 0.001, centre.Latitude + 0.0005), (centre.Longitude + 0.001, centre.Latitude - 0.0005), (centre.Longitude - 0.001, centre.Latitude - 0.0005)]
            : [(longitude, latitude), (longitude + 0.05, latitude), (longitude + 0.05, latitude + 0.05), (longitude, latitude)];
        return [shell, hole];
    }

    /// <summary>Four numbers west, south, east, north: mostly a box over the city, sometimes out of range or the wrong count.</summary>
    public FuzzValue BoundingBox()
    {
        if (random.Chance(0.7))
        {
            var (west, south) = Near();
            var (east, north) = Near();
            return FuzzValue.List([.. new[] { west, south, east, north }.Select(v => FuzzValue.Float(Math.Round(v, 6)))]);
        }

        var count = random.Pick([0, 1, 3, 4, 4, 5, 6, 8]);
        return FuzzValue.List([.. Enumerable.Range(0, count).Select(_ => random.Chance(0.5) ? FuzzValue.Number(random.Pick(AbsurdNumbers)) : FuzzValue.Float(Math.Round(Near().Latitude, 6)))]);
    }
}
