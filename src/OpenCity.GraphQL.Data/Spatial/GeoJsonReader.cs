using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace OpenCity.GraphQL.Data.Spatial;

/// <summary>
/// Reads an RFC 7946 GeoJSON geometry object (Point, MultiPoint, LineString, MultiLineString,
/// Polygon, MultiPolygon, GeometryCollection, with an optional <c>bbox</c>) into a
/// NetTopologySuite geometry in WGS 84 (SRID 4326), refusing with a <see cref="GeoJsonError"/>
/// anything a database should not be asked about: wrong coordinate counts, unclosed rings,
/// self-intersecting polygons, positions outside WGS 84, another <c>crs</c>. Rings may wind
/// either way on input (RFC 7946 §3.1.6 asks parsers not to refuse them).
/// </summary>
public static class GeoJsonReader
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    /// <summary>
    /// Reads GeoJSON text with at most <paramref name="maxVertices"/> positions (every position of
    /// every ring, part and member counts); the API's cap by default, which an importer of real
    /// boundaries may raise.
    /// </summary>
    public static Geometry Read(string json, int maxVertices = GeoJsonOptions.DefaultMaxVertices)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException exception)
        {
            throw new GeoJsonError(GeoJsonErrorCodes.MalformedJson, "", $"the text is not JSON ({exception.Message})");
        }

        using (document)
        {
            return Read(document.RootElement, maxVertices);
        }
    }

    /// <summary>Reads a GeoJSON geometry object already parsed as JSON, with at most <paramref name="maxVertices"/> positions.</summary>
    public static Geometry Read(JsonElement json, int maxVertices = GeoJsonOptions.DefaultMaxVertices)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxVertices);

        // Counted on the JSON before any geometry is built or validated: a refused geometry costs one walk over its text.
        var vertices = Positions(json);
        return vertices > maxVertices ? throw GeoJsonError.TooComplex(maxVertices, vertices) : ReadGeometry(json, "");
    }

    private static Geometry ReadGeometry(JsonElement json, string path)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(path, $"a geometry must be a JSON object, not {Describe(json)}");
        }

        CheckCrs(json, path);
        var type = json.TryGetProperty("type", out var typeValue) && typeValue.ValueKind == JsonValueKind.String
            ? typeValue.GetString()!
            : throw Invalid(Join(path, "type"), "a geometry needs a \"type\" string");
        var geometry = type switch
        {
            "GeometryCollection" => Collection(json, path),
            "Point" or "MultiPoint" or "LineString" or "MultiLineString" or "Polygon" or "MultiPolygon" =>
                FromCoordinates(type, Coordinates(json, path), Join(path, "coordinates")),
            _ => throw Invalid(
                Join(path, "type"),
                $"\"{type}\" is not a GeoJSON geometry type (Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, GeometryCollection)"),
        };
        if (json.TryGetProperty("bbox", out var bbox))
        {
            CheckBbox(bbox, Join(path, "bbox"));
        }

        return geometry;
    }

    private static Geometry Collection(JsonElement json, string path)
    {
        var membersPath = Join(path, "geometries");
        if (!json.TryGetProperty("geometries", out var members) || members.ValueKind != JsonValueKind.Array)
        {
            throw Invalid(membersPath, "a GeometryCollection needs a \"geometries\" array");
        }

        var geometries = members.EnumerateArray().Select((member, index) => ReadGeometry(member, $"{membersPath}[{index}]")).ToArray();
        return Factory.CreateGeometryCollection(geometries);
    }

    private static JsonElement Coordinates(JsonElement json, string path) =>
        json.TryGetProperty("coordinates", out var coordinates) && coordinates.ValueKind == JsonValueKind.Array
            ? coordinates
            : throw Invalid(Join(path, "coordinates"), "a geometry needs a \"coordinates\" array");

    private static Geometry FromCoordinates(string type, JsonElement coordinates, string path) => type switch
    {
        "Point" => Factory.CreatePoint(Position(coordinates, path)),
        "MultiPoint" => Factory.CreateMultiPoint(Items(coordinates, path, (item, itemPath) => Factory.CreatePoint(Position(item, itemPath)))),
        "LineString" => Line(coordinates, path),
        "MultiLineString" => Factory.CreateMultiLineString(Items(coordinates, path, Line)),
        "Polygon" => Polygon(coordinates, path),
        "MultiPolygon" => ValidPolygonal(Factory.CreateMultiPolygon(Items(coordinates, path, Polygon)), path),
        _ => throw new System.Diagnostics.UnreachableException(type),
    };

    private static LineString Line(JsonElement coordinates, string path)
    {
        var positions = Positions(coordinates, path);
        return positions.Length < 2
            ? throw new GeoJsonError(GeoJsonErrorCodes.InvalidCoordinates, path, $"a line needs at least 2 positions, not {positions.Length}")
            : Factory.CreateLineString(positions);
    }

    private static Polygon Polygon(JsonElement coordinates, string path)
    {
        var rings = Items(coordinates, path, Ring);
        if (rings.Length == 0)
        {
            throw new GeoJsonError(GeoJsonErrorCodes.InvalidCoordinates, path, "a polygon needs at least its outer ring");
        }

        return ValidPolygonal(Factory.CreatePolygon(rings[0], rings[1..]), path);
    }

    private static LinearRing Ring(JsonElement coordinates, string path)
    {
        var positions = Positions(coordinates, path);
        if (positions.Length < 4)
        {
            throw new GeoJsonError(GeoJsonErrorCodes.InvalidCoordinates, path, $"a ring needs at least 4 positions (the last repeating the first), not {positions.Length}");
        }

        if (!positions[0].Equals2D(positions[^1]) || !SameZ(positions[0], positions[^1]))
        {
            throw new GeoJsonError(GeoJsonErrorCodes.RingNotClosed, path, $"the ring is not closed: it starts at {Format(positions[0])} but ends at {Format(positions[^1])}");
        }

        return Factory.CreateLinearRing(positions);
    }

    private static T ValidPolygonal<T>(T geometry, string path)
        where T : Geometry
    {
        var error = new IsValidOp(geometry).ValidationError;
        if (error is null)
        {
            return geometry;
        }

        var code = error.ErrorType is TopologyValidationErrors.SelfIntersection or TopologyValidationErrors.RingSelfIntersection
            ? GeoJsonErrorCodes.SelfIntersection
            : GeoJsonErrorCodes.InvalidPolygon;
        throw new GeoJsonError(code, path, $"{error.Message} near {Format(error.Coordinate)}");
    }

    private static T[] Items<T>(JsonElement array, string path, Func<JsonElement, string, T> read)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new GeoJsonError(GeoJsonErrorCodes.InvalidCoordinates, path, $"expected an array, not {Describe(array)}");
        }

        return [.. array.EnumerateArray().Select((item, index) => read(item, $"{path}[{index}]"))];
    }

    private static Coordinate[] Positions(JsonElement array, string path) => Items(array, path, Position);

    private static Coordinate Position(JsonElement position, string path)
    {
        if (position.ValueKind != JsonValueKind.Array)
        {
            throw new GeoJsonError(GeoJsonErrorCodes.InvalidCoordinates, path, $"a position is an array of 2 or 3 numbers, not {Describe(position)}");
        }

        var numbers = position.EnumerateArray().ToList();
        if (numbers.Count is < 2 or > 3 || numbers.Any(n => n.ValueKind != JsonValueKind.Number))
        {
            throw new GeoJsonError(GeoJsonErrorCodes.InvalidCoordinates, path, $"a position is [longitude, latitude] or [longitude, latitude, altitude], not {position.GetRawText()}");
        }

        var (longitude, latitude) = (numbers[0].GetDouble(), numbers[1].GetDouble());
        if (longitude is < -180 or > 180 || latitude is < -90 or > 90)
        {
            throw new GeoJsonError(GeoJsonErrorCodes.OutOfBounds, path, $"{position.GetRawText()} is outside WGS 84: longitude must lie in [-180, 180] and latitude in [-90, 90]");
        }

        return numbers.Count == 3 ? new CoordinateZ(longitude, latitude, numbers[2].GetDouble()) : new Coordinate(longitude, latitude);
    }

    /// <summary>
    /// The positions in a geometry object's <c>coordinates</c> (and its members' in a collection):
    /// arrays whose first item is a number. Whatever is not of that shape counts nothing here and is
    /// refused by the reader with its own code.
    /// </summary>
    private static long Positions(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return 0;
        }

        var count = 0L;
        if (json.TryGetProperty("coordinates", out var coordinates))
        {
            count += PositionsIn(coordinates);
        }

        if (json.TryGetProperty("geometries", out var members) && members.ValueKind == JsonValueKind.Array)
        {
            foreach (var member in members.EnumerateArray())
            {
                count += Positions(member);
            }
        }

        return count;
    }

    private static long PositionsIn(JsonElement coordinates)
    {
        if (coordinates.ValueKind != JsonValueKind.Array)
        {
            return 0;
        }

        var count = 0L;
        foreach (var item in coordinates.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Number)
            {
                return 1;
            }

            count += PositionsIn(item);
        }

        return count;
    }

    /// <summary>RFC 7946 removed <c>crs</c>; the only one accepted is WGS 84 longitude/latitude itself.</summary>
    private static void CheckCrs(JsonElement json, string path)
    {
        if (!json.TryGetProperty("crs", out var crs) || crs.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        var name = crs.ValueKind == JsonValueKind.Object
            && crs.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            && properties.TryGetProperty("name", out var nameValue) && nameValue.ValueKind == JsonValueKind.String
                ? nameValue.GetString()
                : null;
        if (name is not ("urn:ogc:def:crs:OGC:1.3:CRS84" or "urn:ogc:def:crs:OGC::CRS84" or "EPSG:4326" or "urn:ogc:def:crs:EPSG::4326"))
        {
            throw new GeoJsonError(GeoJsonErrorCodes.UnsupportedCrs, Join(path, "crs"), $"only WGS 84 longitude/latitude is accepted (RFC 7946), not {crs.GetRawText()}");
        }
    }

    private static void CheckBbox(JsonElement bbox, string path)
    {
        var numbers = bbox.ValueKind == JsonValueKind.Array && bbox.EnumerateArray().All(n => n.ValueKind == JsonValueKind.Number)
            ? bbox.EnumerateArray().Select(n => n.GetDouble()).ToArray()
            : null;
        var half = numbers?.Length / 2 ?? 0;
        if (numbers is null || numbers.Length is not (4 or 6)
            || numbers[0] is < -180 or > 180 || numbers[half] is < -180 or > 180
            || numbers[1] is < -90 or > 90 || numbers[half + 1] is < -90 or > 90 || numbers[1] > numbers[half + 1])
        {
            throw new GeoJsonError(GeoJsonErrorCodes.InvalidBbox, path, $"a bbox is [west, south, east, north] (or with altitudes) in WGS 84 with south ≤ north, not {bbox.GetRawText()}");
        }
    }

    private static bool SameZ(Coordinate a, Coordinate b) => double.IsNaN(a.Z) ? double.IsNaN(b.Z) : a.Z.Equals(b.Z);

    private static GeoJsonError Invalid(string path, string message) => new(GeoJsonErrorCodes.InvalidGeometry, path, message);

    private static string Join(string path, string member) => path.Length == 0 ? member : $"{path}.{member}";

    private static string Format(Coordinate? coordinate) =>
        coordinate is null ? "?" : FormattableString.Invariant($"[{coordinate.X}, {coordinate.Y}]");

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
