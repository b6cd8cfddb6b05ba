using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Queries;

/// <summary><c>lengthMeters</c>: geodesic lengths of lines, perimeters of areas, none for points, alike on both databases.</summary>
[Collection(CityCollection.Name)]
public sealed class ComponentLengthTests(SqliteCityFixture sqlite, PostGisCityFixture postgis)
{
    [Theory]
    [InlineData("WATER_PIPE", true)]
    [InlineData("BUILDING", true)]
    [InlineData("HYDRANT", false)]
    public async Task Lines_and_areas_have_a_length_points_have_none(string kind, bool hasLength)
    {
        var query = $"{{ components(where: {{ kind: {{ eq: {kind} }} }}, first: 20) {{ nodes {{ code lengthMeters }} }} }}";

        var onSqlite = await sqlite.Server.QueryDataAsync(query);
        var onPostGis = await postgis.Server.QueryDataAsync(query);

        var nodes = onSqlite["components"]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        Assert.Equal(onSqlite.ToJsonString(), onPostGis.ToJsonString());
        Assert.All(nodes, n => Assert.Equal(hasLength, n!["lengthMeters"] is not null));
        if (hasLength)
        {
            // A city's pipe segments and building outlines: metres to a few hundred metres, never degrees.
            Assert.All(nodes, n => Assert.InRange((double)n!["lengthMeters"]!, 1.0, 5_000.0));
        }
    }
}
