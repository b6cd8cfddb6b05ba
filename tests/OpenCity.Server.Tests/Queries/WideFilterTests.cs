using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Queries;

/// <summary>Filters as wide and as deep as the caps allow translate and answer exactly, on both databases.</summary>
[Collection(CityCollection.Name)]
public sealed class WideFilterTests(SqliteCityFixture sqlite, PostGisCityFixture postgis)
{
    [Theory]
    [InlineData("SQLite")]
    [InlineData("PostGIS")]
    public async Task An_or_of_the_most_branches_allowed_finds_exactly_its_components(string provider)
    {
        var server = provider == "SQLite" ? sqlite.Server : postgis.Server;
        var codes = (await server.QueryDataAsync("{ components(first: 100, order: [{ code: ASC }]) { nodes { code } } }"))
            ["components"]!["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()).ToList();
        var where = new { or = codes.Select(code => new { code = new { eq = code } }).ToArray() };

        var data = await server.QueryDataAsync("query ($w: CityComponentFilterInput) { components(where: $w, first: 100) { totalCount nodes { code } } }", new { w = where });

        Assert.Equal(100, data["components"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(codes, data["components"]!["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("SQLite")]
    [InlineData("PostGIS")]
    public async Task Filters_nested_as_deep_as_allowed_answer(string provider)
    {
        var server = provider == "SQLite" ? sqlite.Server : postgis.Server;
        object where = new { kind = new { eq = "HYDRANT" } };
        for (var level = 1; level < 9; level++) // 8 wrappers, the field and its operation: 10 levels
        {
            where = level % 2 == 0 ? new { and = new[] { where } } : new { or = new[] { where } };
        }

        var nested = await server.QueryDataAsync("query ($w: CityComponentFilterInput) { components(where: $w) { totalCount } }", new { w = where });
        var plain = await server.QueryDataAsync("{ components(where: { kind: { eq: HYDRANT } }) { totalCount } }");

        Assert.Equal(plain["components"]!["totalCount"]!.GetValue<int>(), nested["components"]!["totalCount"]!.GetValue<int>());
        Assert.True(nested["components"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task A_filter_nested_one_level_too_deep_is_refused_naming_the_cap()
    {
        object where = new { kind = new { eq = "HYDRANT" } };
        for (var level = 1; level < 10; level++)
        {
            where = new { and = new[] { where } };
        }

        var response = await sqlite.Server.PostAsync("query ($w: CityComponentFilterInput) { components(where: $w) { totalCount } }", new { w = where });

        var error = response["errors"]![0]!;
        Assert.Equal("INVALID_FILTER", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(10, error["extensions"]!["limit"]!.GetValue<int>());
        Assert.Equal(11, error["extensions"]!["value"]!.GetValue<int>());
    }
}
