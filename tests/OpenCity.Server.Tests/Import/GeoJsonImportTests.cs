using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;
using OpenCity.Data.Membership;
using OpenCity.Data.Seeding;
using OpenCity.Domain.Governance;
using OpenCity.GraphQL.Data.Spatial;
using OpenCity.Server.Import;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Import;

/// <summary>
/// GeoJSON import into a freshly seeded city, through the server's importer and read back over
/// HTTP: all features or none, every refused feature named with its index and reason.
/// </summary>
public abstract class GeoJsonImportTests(OpenCityServer server)
{
    private static readonly DemoCity City = new DemoCityGenerator(CityDefinition.LoadEmbedded()).Generate(CitySize.Small);

    private static readonly GovernanceUnit Grid = City.Units.Where(u => u.Level == GovernanceLevel.Grid).OrderBy(u => u.Id).Skip(5).First();

    private static readonly GovernanceUnit Street = City.Units.Where(u => u.Level == GovernanceLevel.Street).OrderBy(u => u.Id).First();

    [Fact]
    public async Task Components_are_imported_with_their_grid_and_their_other_properties_as_attributes()
    {
        var hydrant = Grid.Centroid;
        var pipe = Wgs84Line(hydrant, 0.0004);
        var report = await ImportAsync(ImportTarget.Components, Feature(hydrant, new { code = "IMP-H1", name = "New hydrant", kind = "HYDRANT", flowRate = 1200 }),
            Feature(pipe, new { code = "IMP-P1", name = "New main", kind = "WaterPipe", status = "planned", installedOn = "2026-05-01", owner = City.Departments[0].Code }));

        Assert.True(report.Succeeded, string.Join("; ", report.Rejected));
        Assert.Equal(2, report.Imported);
        var data = await server.QueryDataAsync(
            "query($p: GeoJSON!) { components(where: { code: { startsWith: \"IMP-\" }, geometry: { dwithin: { geometry: $p, meters: 1 } } }, order: [{ code: ASC }]) " +
            "{ nodes { code kind domain status installedOn attributes unit { code } owner { code } } } }",
            new { p = GeoJsonWriter.Write(hydrant) });

        var nodes = data["components"]!["nodes"]!.AsArray();
        Assert.Equal(["IMP-H1", "IMP-P1"], nodes.Select(n => n!["code"]!.GetValue<string>()));
        var expectedGrid = City.Units.Single(u => u.Id == new GridMembership(City.Units).GridOf(hydrant)).Code;
        Assert.All(nodes, n => Assert.Equal(expectedGrid, n!["unit"]!["code"]!.GetValue<string>()));
        Assert.Equal("PUBLIC_SAFETY", nodes[0]!["domain"]!.GetValue<string>()); // a hydrant's usual network, by the city definition
        Assert.Equal(1200, nodes[0]!["attributes"]!["flowRate"]!.GetValue<int>());
        Assert.Equal("PLANNED", nodes[1]!["status"]!.GetValue<string>());
        Assert.Equal("2026-05-01", nodes[1]!["installedOn"]!.GetValue<string>());
        Assert.Equal(City.Departments[0].Code, nodes[1]!["owner"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_component_without_sensitivity_takes_its_kinds_default_restricted_where_the_kind_is_restricted_anywhere()
    {
        var inside = Grid.Centroid;
        var restrictedCode = City.Components.First(c => c.Sensitivity == Domain.Components.Sensitivity.Restricted).Code;
        var taken = await ImportAsync(ImportTarget.Components, Feature(inside, new { code = restrictedCode, name = "Taken, though hidden", kind = "HYDRANT" }));
        Assert.Contains("already", Assert.Single(taken.Rejected).Reason, StringComparison.Ordinal);

        var report = await ImportAsync(
            ImportTarget.Components,
            Feature(Wgs84Line(inside, 0.0003), new { code = "SEN-GP", name = "Gas main", kind = "GAS_PIPE" }),
            Feature(inside, new { code = "SEN-SS", name = "Substation", kind = "SUBSTATION" }),
            Feature(inside, new { code = "SEN-HY", name = "Hydrant", kind = "HYDRANT" }),
            Feature(Wgs84Line(inside, 0.0002), new { code = "SEN-GP2", name = "Gas main, published", kind = "GAS_PIPE", sensitivity = "PUBLIC" }));

        Assert.True(report.Succeeded, string.Join("; ", report.Rejected));
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<Data.OpenCityDbContext>>().CreateDbContextAsync();
        var sensitivities = await db.Components.IgnoreQueryFilters().Where(c => c.Code.StartsWith("SEN-")).ToDictionaryAsync(c => c.Code, c => c.Sensitivity);
        Assert.Equal(Domain.Components.Sensitivity.Restricted, sensitivities["SEN-GP"]);
        Assert.Equal(Domain.Components.Sensitivity.Restricted, sensitivities["SEN-SS"]);
        Assert.Equal(Domain.Components.Sensitivity.Public, sensitivities["SEN-HY"]);
        Assert.Equal(Domain.Components.Sensitivity.Public, sensitivities["SEN-GP2"]);
        var data = await server.QueryDataAsync("{ components(where: { code: { startsWith: \"SEN-\" } }, order: [{ code: ASC }]) { nodes { code } } }");
        Assert.Equal(["SEN-GP2", "SEN-HY"], data["components"]!["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_collection_with_bad_features_loads_nothing_and_names_each_one()
    {
        var inside = Grid.Centroid;
        var existingCode = City.Components[0].Code;
        var report = await ImportAsync(
            ImportTarget.Components,
            Feature(inside, new { code = "BAD-0", name = "Fine on its own", kind = "HYDRANT" }),
            """{ "type": "Feature", "properties": { "code": "BAD-1", "name": "x", "kind": "BUILDING" }, "geometry": { "type": "Polygon", "coordinates": [[[-2.1, 54.5], [-2.0, 54.5], [-2.0, 54.6], [-2.1, 54.6]]] } }""",
            Feature(inside, new { code = "BAD-2", name = "No kind" }),
            Feature(inside, new { code = existingCode, name = "Taken", kind = "HYDRANT" }),
            Feature(inside, new { code = "BAD-4", name = "Nobody's", kind = "HYDRANT", owner = "NO-SUCH-DEPT" }),
            Feature(new Point(10, 10) { SRID = 4326 }, new { code = "BAD-5", name = "Far away", kind = "HYDRANT" }),
            """{ "type": "Point", "coordinates": [0, 0] }""",
            Feature(inside, new { code = "BAD-0", name = "Twice", kind = "HYDRANT" }),
            Feature(inside, new { code = "BAD-8", name = "Lamp", kind = "LAMP" }),
            """{ "type": "Feature", "properties": { "code": "BAD-9", "name": "x", "kind": "HYDRANT" }, "geometry": { "type": "Point", "coordinates": [-2.1, 95] } }""",
            Feature(inside, new { code = "BAD-2", name = "The refused feature's code is still free", kind = "HYDRANT" }),
            """{ "type": "Feature", "properties": { "code": "BAD-11", "name": "x", "kind": "HYDRANT" }, "geometry": { "type": "MultiPoint", "coordinates": [] } }""");

        Assert.False(report.Succeeded);
        Assert.Equal(0, report.Imported);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 11], report.Rejected.Select(r => r.Index!.Value));
        var reasons = report.Rejected.ToDictionary(r => r.Index!.Value, r => r.Reason);
        Assert.Contains("GEOJSON_RING_NOT_CLOSED", reasons[1]);
        Assert.Contains("\"kind\" is required", reasons[2]);
        Assert.Contains($"\"{existingCode}\" is already taken", reasons[3]);
        Assert.Contains("NO-SUCH-DEPT", reasons[4]);
        Assert.Contains("outside every grid", reasons[5]);
        Assert.Contains("not a GeoJSON Feature", reasons[6]);
        Assert.Contains("\"BAD-0\" is already taken", reasons[7]);
        Assert.Contains("\"LAMP\" is not one of", reasons[8]);
        Assert.Contains("GEOJSON_OUT_OF_BOUNDS", reasons[9]);
        Assert.Contains("is empty", reasons[11]);
        Assert.Equal("BAD-1", report.Rejected[0].Code);

        var left = await server.QueryDataAsync("{ components(where: { code: { startsWith: \"BAD-\" } }) { totalCount } }");
        Assert.Equal(0, left["components"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Units_are_imported_below_an_existing_unit_or_one_earlier_in_the_file()
    {
        // Far from the city, so that the new grid cannot change the other tests' grids.
        var area = new Polygon(new LinearRing([new(20, 20), new(20.01, 20), new(20.01, 20.01), new(20, 20.01), new(20, 20)])) { SRID = 4326 };
        var report = await ImportAsync(
            ImportTarget.Units,
            Feature(area, new { code = "IMP-C1", name = "New community", level = "COMMUNITY", parent = Street.Code }),
            Feature(area, new { code = "IMP-G1", name = "New grid", level = "GRID", parent = "IMP-C1" }));

        Assert.True(report.Succeeded, string.Join("; ", report.Rejected));
        var data = await server.QueryDataAsync("{ governanceUnits(where: { code: { startsWith: \"IMP-\" } }, order: [{ code: ASC }]) { nodes { code level parent { code } areaSquareMeters } } }");
        var nodes = data["governanceUnits"]!["nodes"]!.AsArray();
        Assert.Equal(["IMP-C1", "IMP-G1"], nodes.Select(n => n!["code"]!.GetValue<string>()));
        Assert.Equal(Street.Code, nodes[0]!["parent"]!["code"]!.GetValue<string>());
        Assert.Equal("IMP-C1", nodes[1]!["parent"]!["code"]!.GetValue<string>());
        var expectedArea = OpenCity.Geospatial.Geodesy.GeodesicArea.Of(area);
        Assert.Equal(expectedArea, nodes[1]!["areaSquareMeters"]!.GetValue<double>(), tolerance: 0.01);
        var ancestors = await server.QueryDataAsync("{ governanceUnit(code: \"IMP-G1\") { ancestors { code } } }");
        Assert.Contains(Street.Code, ancestors["governanceUnit"]!["ancestors"]!.AsArray().Select(a => a!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Units_must_hang_one_level_below_their_parent()
    {
        var area = (Polygon)Grid.Boundary.GetGeometryN(0);
        var report = await ImportAsync(
            ImportTarget.Units,
            Feature(area, new { code = "BADU-1", name = "Grid under a street", level = "GRID", parent = Street.Code }),
            Feature(area, new { code = "BADU-2", name = "Orphan", level = "DISTRICT" }),
            Feature(Grid.Centroid, new { code = "BADU-3", name = "A point", level = "GRID", parent = "BADU-0" }));

        Assert.Equal([0, 1, 2], report.Rejected.Select(r => r.Index!.Value));
        Assert.Contains("not one level above", report.Rejected[0].Reason);
        Assert.Contains("\"parent\" is required", report.Rejected[1].Reason);
        Assert.Contains("Polygon or a MultiPolygon", report.Rejected[2].Reason);
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("""{ "type": "Feature", "geometry": null }""")]
    [InlineData("""[1, 2, 3]""")]
    public async Task A_file_that_is_not_a_feature_collection_is_refused_whole(string text)
    {
        var report = await ImportTextAsync(ImportTarget.Components, text);

        var rejected = Assert.Single(report.Rejected);
        Assert.Null(rejected.Index);
        Assert.StartsWith("file: ", rejected.ToString());
    }

    private static LineString Wgs84Line(Point start, double degrees) =>
        new([start.Coordinate, new Coordinate(start.X + degrees, start.Y)]) { SRID = 4326 };

    private static string Feature(Geometry geometry, object properties) =>
        JsonSerializer.Serialize(new { type = "Feature", geometry = GeoJsonWriter.Write(geometry), properties });

    private async Task<ImportReport> ImportAsync(ImportTarget target, params string[] features)
    {
        var collection = $$"""{ "type": "FeatureCollection", "features": [{{string.Join(",\n", features)}}] }""";
        return await ImportTextAsync(target, collection);
    }

    private async Task<ImportReport> ImportTextAsync(ImportTarget target, string text)
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return await server.Services.GetRequiredService<GeoJsonImporter>().ImportAsync(target, stream, CancellationToken.None);
    }
}
