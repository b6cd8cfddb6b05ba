namespace OpenCity.Server.Tests.Fuzzing;

// Broken geometries: each case breaks one rule of RFC 7946 or of the input checks.
public sealed partial class GeoJsonGenerator
{
    private static readonly string[] AbsurdNumbers =
        ["0", "-0", "5e-324", "1e308", "-1e308", "1.7976931348623157e308", "1e400", "-1e400", "180", "-180", "90", "-90", "180.0000001", "90.0000001", "360", "99999999999999999999", "1e-300", "0.1e1"];

    private static readonly string[] NumberLikeStrings = ["NaN", "Infinity", "-Infinity", "1e999", "", " ", "0x10", "1,5", "−2.13", "null"];

    private static readonly string[] WrongTypes = ["point", "POLYGON", "Circle", "Feature", "FeatureCollection", "Geometry", "", "LinearRing", "Polygon ", "Ｐoint"];

    public FuzzValue Broken() => random.Between(0, 17) switch
    {
        0 => Shape("Polygon", Rings([Unclosed(Ring(random.Between(3, 8)))])),
        1 => Shape("Polygon", Rings([BowTie()])),
        2 => Shape("Polygon", Rings([[.. Ring(random.Between(3, 6)).Take(random.Between(0, 3))]])),
        3 => Shape(random.Pick(GeometryTypes), FuzzValue.List([])),
        4 => Shape("Point", FuzzValue.List([.. Enumerable.Range(0, random.Pick([0, 1, 3, 4, 7])).Select(_ => AbsurdOrNear())])),
        5 => Shape("Point", FuzzValue.List([FuzzValue.Number(random.Pick(AbsurdNumbers)), FuzzValue.Number(random.Pick(AbsurdNumbers))])),
        6 => Shape("LineString", FuzzValue.List([Position(Near()), FuzzValue.List([FuzzValue.String(random.Pick(NumberLikeStrings)), FuzzValue.Number("54.61")])])),
        7 => Shape(random.Pick(WrongTypes), Position(Near())),
        8 => Shape(random.Pick(GeometryTypes), WrongShape()),
        9 => Collection([.. Enumerable.Range(0, random.Between(0, 3)).Select(_ => random.Chance(0.5) ? Broken() : Valid())]),
        10 => Collection([Collection([Point()])]),
        11 => WithMember(Valid(), "crs", FuzzValue.Object([new("type", FuzzValue.String("name")), new("properties", FuzzValue.Object([new("name", FuzzValue.String(random.Pick(["EPSG:3857", "urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:4326"])))]))])),
        12 => WithMember(Valid(), "bbox", FuzzValue.List([.. Enumerable.Range(0, random.Pick([0, 2, 4, 5, 6])).Select(_ => AbsurdOrNear())])),
        13 => FuzzValue.Object([new("coordinates", Position(Near()))]),
        14 => Shape("Polygon", Rings([Ring(4), Ring(3)])),
        15 => Shape("LineString", Positions([Near(), Near()], duplicateFirst: true)),
        16 => Shape("Polygon", Rings([Ring(random.Between(3, 6), radiusMeters: random.Pick([0.0, 1e-9, 1e-3, 5e6]))])),
        _ => Shape("Polygon", Positions(Ring(random.Between(3, 6)))),
    };

    private FuzzValue WrongShape() => random.Between(0, 5) switch
    {
        0 => FuzzValue.Number("1.5"),
        1 => FuzzValue.String("-2.13 54.61"),
        2 => FuzzValue.List([FuzzValue.List([FuzzValue.List([FuzzValue.List([Position(Near())])])])]),
        3 => FuzzValue.Null,
        4 => FuzzValue.Object([new("x", FuzzValue.Number("-2.13"))]),
        _ => FuzzValue.List([FuzzValue.Number("-2.13"), FuzzValue.Number("54.61"), FuzzValue.Number("10"), FuzzValue.Number("1"), FuzzValue.Number("2")]),
    };

    private FuzzValue AbsurdOrNear() => random.Chance(0.5) ? FuzzValue.Number(random.Pick(AbsurdNumbers)) : FuzzValue.Float(Near().Longitude);

    private static List<(double, double)> Unclosed(List<(double Longitude, double Latitude)> ring)
    {
        ring[^1] = (ring[^1].Longitude + 0.0001, ring[^1].Latitude);
        return ring;
    }

    private List<(double, double)> BowTie()
    {
        var (longitude, latitude) = Near();
        return [(longitude, latitude), (longitude + 0.01, latitude + 0.01), (longitude + 0.01, latitude), (longitude, latitude + 0.01), (longitude, latitude)];
    }
}
