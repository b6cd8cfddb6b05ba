using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using NetTopologySuite.Geometries;
using OpenCity.GraphQL.Data.Spatial;

namespace OpenCity.GraphQL.Data.Tests.Spatial;

/// <summary>The cap on positions in one GeoJSON input geometry: its code, message and figures, what counts, and who may lift it.</summary>
public sealed class GeoJsonVertexCapTests
{
    [Fact]
    public void A_geometry_over_the_cap_is_too_complex_with_the_limit_and_the_count()
    {
        var error = Assert.Throws<GeoJsonError>(() => GeoJsonReader.Read(Line(GeoJsonOptions.DefaultMaxVertices + 1)));

        Assert.Equal(GeoJsonErrorCodes.TooComplex, error.Code);
        Assert.Contains($"at most {GeoJsonOptions.DefaultMaxVertices} positions", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{GeoJsonOptions.DefaultMaxVertices + 1} were given", error.Message, StringComparison.Ordinal);
        Assert.Equal(GeoJsonOptions.DefaultMaxVertices, error.Extensions!["limit"]);
        Assert.Equal((long)GeoJsonOptions.DefaultMaxVertices + 1, error.Extensions["value"]);
    }

    [Fact]
    public void A_geometry_at_the_cap_is_read() =>
        Assert.Equal(GeoJsonOptions.DefaultMaxVertices, GeoJsonReader.Read(Line(GeoJsonOptions.DefaultMaxVertices)).NumPoints);

    [Theory]
    [InlineData(11, true)]
    [InlineData(10, false)]
    public void Every_position_of_every_ring_part_and_member_counts(int limit, bool accepted)
    {
        // 5 (a closed ring) + 3 (a line) + 1 (a point) + 2 (a multipoint) = 11 positions.
        const string collection = """
            {"type":"GeometryCollection","geometries":[
              {"type":"Polygon","coordinates":[[[10,53],[11,53],[11,54],[10,54],[10,53]]]},
              {"type":"LineString","coordinates":[[10,53],[11,54],[12,54]]},
              {"type":"Point","coordinates":[10,53]},
              {"type":"MultiPoint","coordinates":[[10,53],[11,54]]}]}
            """;

        if (accepted)
        {
            Assert.Equal(11, GeoJsonReader.Read(collection, limit).NumPoints);
        }
        else
        {
            var error = Assert.Throws<GeoJsonError>(() => GeoJsonReader.Read(collection, limit));
            Assert.Equal(GeoJsonErrorCodes.TooComplex, error.Code);
            Assert.Equal(11L, error.Extensions!["value"]);
        }
    }

    [Fact]
    public void The_cap_is_checked_before_the_geometry_is_built_or_validated()
    {
        // A polygon crossing itself: over the cap, the count is the refusal, not the self-intersection.
        var ring = string.Join(",", Enumerable.Range(0, 50).Select(i => i % 2 == 0 ? "[10,53]" : "[11,54]"));
        var error = Assert.Throws<GeoJsonError>(() => GeoJsonReader.Read($$"""{"type":"Polygon","coordinates":[[{{ring}},[10,53]]]}""", 20));

        Assert.Equal(GeoJsonErrorCodes.TooComplex, error.Code);
    }

    [Fact]
    public void An_importer_may_lift_the_cap() =>
        Assert.Equal(10_000, GeoJsonReader.Read(Line(10_000), maxVertices: int.MaxValue).NumPoints);

    [Fact]
    public void The_scalar_takes_its_cap_from_the_options()
    {
        var scalar = new GeoJsonGraphType(Options.Create(new GeoJsonOptions { MaxVertices = 3 }));

        Assert.IsType<LineString>(scalar.ParseValue(Line(3)));
        var error = Assert.Throws<GeoJsonError>(() => scalar.ParseValue(Line(4)));
        Assert.Equal(GeoJsonErrorCodes.TooComplex, error.Code);
        Assert.Equal(3, error.Extensions!["limit"]);
    }

    private static string Line(int positions)
    {
        var json = new StringBuilder("""{"type":"LineString","coordinates":[""");
        for (var i = 0; i < positions; i++)
        {
            json.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ",")}[{10 + (i * 1e-5)},{53 + ((i % 2) * 1e-5)}]");
        }

        return json.Append("]}").ToString();
    }
}
