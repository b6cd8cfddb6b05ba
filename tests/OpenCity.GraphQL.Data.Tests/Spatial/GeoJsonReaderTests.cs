using System.Text.Json;
using GraphQLParser;
using GraphQLParser.AST;
using NetTopologySuite.Geometries;
using OpenCity.GraphQL.Data.Spatial;

namespace OpenCity.GraphQL.Data.Tests.Spatial;

/// <summary>RFC 7946 geometries in: every type read, and every kind of bad input refused with its own code and place.</summary>
public sealed class GeoJsonReaderTests
{
    public static TheoryData<string, string> ValidGeometries => new()
    {
        { """{"type":"Point","coordinates":[10.0,53.55]}""", "POINT (10 53.55)" },
        { """{"type":"Point","coordinates":[10.0,53.55,12.5]}""", "POINT Z(10 53.55 12.5)" },
        { """{"type":"MultiPoint","coordinates":[[10,53],[11,54]]}""", "MULTIPOINT ((10 53), (11 54))" },
        { """{"type":"LineString","coordinates":[[10,53],[11,54]]}""", "LINESTRING (10 53, 11 54)" },
        { """{"type":"MultiLineString","coordinates":[[[10,53],[11,54]],[[12,55],[13,56]]]}""", "MULTILINESTRING ((10 53, 11 54), (12 55, 13 56))" },
        { """{"type":"Polygon","coordinates":[[[10,53],[11,53],[11,54],[10,54],[10,53]]]}""", "POLYGON ((10 53, 11 53, 11 54, 10 54, 10 53))" },
        { """{"type":"Polygon","coordinates":[[[10,53],[10,54],[11,54],[11,53],[10,53]]]}""", "POLYGON ((10 53, 10 54, 11 54, 11 53, 10 53))" },
        {
            """{"type":"Polygon","coordinates":[[[10,53],[12,53],[12,55],[10,55],[10,53]],[[10.5,53.5],[10.5,54],[11,54],[11,53.5],[10.5,53.5]]]}""",
            "POLYGON ((10 53, 12 53, 12 55, 10 55, 10 53), (10.5 53.5, 10.5 54, 11 54, 11 53.5, 10.5 53.5))"
        },
        {
            """{"type":"MultiPolygon","coordinates":[[[[10,53],[11,53],[11,54],[10,54],[10,53]]],[[[12,53],[13,53],[13,54],[12,54],[12,53]]]]}""",
            "MULTIPOLYGON (((10 53, 11 53, 11 54, 10 54, 10 53)), ((12 53, 13 53, 13 54, 12 54, 12 53)))"
        },
        {
            """{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[10,53]},{"type":"LineString","coordinates":[[10,53],[11,54]]}]}""",
            "GEOMETRYCOLLECTION (POINT (10 53), LINESTRING (10 53, 11 54))"
        },
        { """{"type":"Point","coordinates":[10,53],"bbox":[10,53,10,53]}""", "POINT (10 53)" },
        { """{"type":"LineString","coordinates":[[179,0],[-179,1]],"bbox":[179,0,-179,1]}""", "LINESTRING (179 0, -179 1)" },
        { """{"type":"Point","coordinates":[10,53],"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}}}""", "POINT (10 53)" },
        { """{"type":"Point","coordinates":[-180,-90]}""", "POINT (-180 -90)" },
    };

    public static TheoryData<string, string, string> InvalidGeometries => new()
    {
        { """{"type":"Point","coordinates":[10,53""", GeoJsonErrorCodes.MalformedJson, "" },
        { """[10,53]""", GeoJsonErrorCodes.InvalidGeometry, "" },
        { """{"coordinates":[10,53]}""", GeoJsonErrorCodes.InvalidGeometry, "type" },
        { """{"type":"Circle","coordinates":[10,53]}""", GeoJsonErrorCodes.InvalidGeometry, "type" },
        { """{"type":"Point"}""", GeoJsonErrorCodes.InvalidGeometry, "coordinates" },
        { """{"type":"GeometryCollection"}""", GeoJsonErrorCodes.InvalidGeometry, "geometries" },
        { """{"type":"Point","coordinates":[10]}""", GeoJsonErrorCodes.InvalidCoordinates, "coordinates" },
        { """{"type":"Point","coordinates":[10,53,1,2]}""", GeoJsonErrorCodes.InvalidCoordinates, "coordinates" },
        { """{"type":"Point","coordinates":["10","53"]}""", GeoJsonErrorCodes.InvalidCoordinates, "coordinates" },
        { """{"type":"LineString","coordinates":[[10,53]]}""", GeoJsonErrorCodes.InvalidCoordinates, "coordinates" },
        { """{"type":"MultiPoint","coordinates":[[10,53],[11]]}""", GeoJsonErrorCodes.InvalidCoordinates, "coordinates[1]" },
        { """{"type":"Polygon","coordinates":[]}""", GeoJsonErrorCodes.InvalidCoordinates, "coordinates" },
        { """{"type":"Polygon","coordinates":[[[10,53],[11,53],[10,53]]]}""", GeoJsonErrorCodes.InvalidCoordinates, "coordinates[0]" },
        { """{"type":"Polygon","coordinates":[[[10,53],[11,53],[11,54],[10,54]]]}""", GeoJsonErrorCodes.RingNotClosed, "coordinates[0]" },
        { """{"type":"MultiPolygon","coordinates":[[[[10,53],[11,53],[11,54],[10,54],[10,53]]],[[[12,53],[13,53],[13,54],[12,54],[12,53.5]]]]}""", GeoJsonErrorCodes.RingNotClosed, "coordinates[1][0]" },
        { """{"type":"Polygon","coordinates":[[[10,53],[11,54],[11,53],[10,54],[10,53]]]}""", GeoJsonErrorCodes.SelfIntersection, "coordinates" },
        {
            """{"type":"Polygon","coordinates":[[[10,53],[11,53],[11,54],[10,54],[10,53]],[[12,53],[12.5,53],[12.5,53.5],[12,53]]]}""",
            GeoJsonErrorCodes.InvalidPolygon, "coordinates"
        },
        { """{"type":"Point","coordinates":[181,53]}""", GeoJsonErrorCodes.OutOfBounds, "coordinates" },
        { """{"type":"LineString","coordinates":[[10,53],[11,91]]}""", GeoJsonErrorCodes.OutOfBounds, "coordinates[1]" },
        { """{"type":"Point","coordinates":[10,53],"crs":{"type":"name","properties":{"name":"EPSG:3857"}}}""", GeoJsonErrorCodes.UnsupportedCrs, "crs" },
        { """{"type":"Point","coordinates":[10,53],"bbox":[10,53,11]}""", GeoJsonErrorCodes.InvalidBbox, "bbox" },
        { """{"type":"Point","coordinates":[10,53],"bbox":[10,54,11,53]}""", GeoJsonErrorCodes.InvalidBbox, "bbox" },
        {
            """{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[10,53]},{"type":"Point","coordinates":[10,-95]}]}""",
            GeoJsonErrorCodes.OutOfBounds, "geometries[1].coordinates"
        },
    };

    [Theory]
    [MemberData(nameof(ValidGeometries))]
    public void Every_geometry_type_is_read_in_wgs84(string json, string wkt)
    {
        var geometry = GeoJsonReader.Read(json);

        Assert.Equal(wkt, geometry.AsText());
        Assert.Equal(4326, geometry.SRID);
        Assert.True(geometry.IsValid);
    }

    [Theory]
    [MemberData(nameof(InvalidGeometries))]
    public void Invalid_geojson_is_refused_with_its_code_and_place(string json, string code, string path)
    {
        var error = Assert.Throws<GeoJsonError>(() => GeoJsonReader.Read(json));

        Assert.Equal(code, error.Code);
        Assert.Equal(path, error.GeoJsonPath);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void What_the_writer_writes_reads_back_the_same()
    {
        var original = GeoJsonReader.Read("""{"type":"Polygon","coordinates":[[[10,53],[10,54],[11,54],[11,53],[10,53]]]}""");

        var written = JsonSerializer.Serialize(GeoJsonWriter.Write(original));
        var again = GeoJsonReader.Read(written);

        Assert.True(again.EqualsTopologically(original));
        Assert.True(((Polygon)again).Shell.IsCCW, "the writer winds outer rings counter-clockwise");
    }

    [Fact]
    public void The_scalar_takes_an_object_literal_a_string_literal_or_a_variable()
    {
        var scalar = new GeoJsonGraphType();
        const string Json = """{"type":"Point","coordinates":[10.5,53]}""";
        var objectLiteral = Parser.Parse("{ f(g: { type: \"Point\", coordinates: [10.5, 53] }) }")
            .Definitions.OfType<GraphQLOperationDefinition>().Single().SelectionSet.Selections.OfType<GraphQLField>().Single()
            .Arguments!.Single().Value;
        var variable = new Dictionary<string, object?> { ["type"] = "Point", ["coordinates"] = new List<object?> { 10.5, 53 } };

        Assert.Equal("POINT (10.5 53)", ((Geometry)scalar.ParseLiteral(objectLiteral)!).AsText());
        Assert.Equal("POINT (10.5 53)", ((Geometry)scalar.ParseLiteral(new GraphQLStringValue(Json))!).AsText());
        Assert.Equal("POINT (10.5 53)", ((Geometry)scalar.ParseValue(Json)!).AsText());
        Assert.Equal("POINT (10.5 53)", ((Geometry)scalar.ParseValue(variable)!).AsText());
        Assert.Equal(GeoJsonErrorCodes.RingNotClosed, Assert.Throws<GeoJsonError>(() => scalar.ParseValue("""{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}""")).Code);
    }
}
