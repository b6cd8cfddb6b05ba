using Microsoft.EntityFrameworkCore;
using OpenCity.Domain.Components;
using OpenCity.Server.Tests.Infrastructure;
using static OpenCity.Server.Tests.Writes.ComponentWrites;

namespace OpenCity.Server.Tests.Writes;

/// <summary><c>linkComponents</c> and <c>unlinkComponents</c> over real HTTP with real tokens, on both databases.</summary>
[Collection(CityCollection.Name)]
public sealed class ComponentLinkMutationTests(WritableSqliteCityFixture sqlite, WritablePostGisCityFixture postgis)
{
    private const string Link = """
        mutation ($input: LinkComponentsInput!) {
          linkComponents(input: $input) { link { kind from { code } to { code } } errors { __typename ... on Error { code message } } }
        }
        """;

    private const string Unlink = """
        mutation ($input: UnlinkComponentsInput!) {
          unlinkComponents(input: $input) { link { kind from { code } to { code } } errors { __typename ... on Error { code message } } }
        }
        """;

    [Theory]
    [MemberData(nameof(Databases), MemberType = typeof(ComponentWrites))]
    public async Task Linking_twice_records_one_link_and_unlinking_removes_it_then_is_NOT_FOUND(string database)
    {
        var city = City(database);
        var (from, to) = (await city.CreateAsync(), await city.CreateAsync(kind: "STREETLIGHT"));
        var token = WritableCity.Operator("ENVIRONMENT");
        var input = new { input = new { fromCode = from, toCode = to, kind = "MONITORS" } };
        var before = await city.TrailAsync();

        var first = Payload(await city.PostAsync(Link, input, token), "linkComponents");
        var again = Payload(await city.PostAsync(Link, input, token), "linkComponents");
        var afterLinking = (await city.TrailAsync(), await Links(city, from, to));
        var removed = Payload(await city.PostAsync(Unlink, input, token), "unlinkComponents");
        var afterUnlinking = (await city.TrailAsync(), await Links(city, from, to));
        var missing = await city.PostAsync(Unlink, input, token);

        Assert.Equal(("MONITORS", from, to), (first["link"]!["kind"]!.GetValue<string>(), first["link"]!["from"]!["code"]!.GetValue<string>(), first["link"]!["to"]!["code"]!.GetValue<string>()));
        Assert.Null(again["errors"]);
        Assert.Equal(to, again["link"]!["to"]!["code"]!.GetValue<string>());
        Assert.Equal(((before.Audit + 1, before.Events + 1), 1), afterLinking);
        Assert.Equal(to, removed["link"]!["to"]!["code"]!.GetValue<string>());
        Assert.Equal(((before.Audit + 2, before.Events + 2), 0), afterUnlinking);
        Assert.Equal("NOT_FOUND", ErrorCode(missing, "unlinkComponents"));
        Assert.Equal(afterUnlinking.Item1, await city.TrailAsync());
        var events = await city.ReadAsync(db => db.Outbox.OrderByDescending(e => e.Sequence).Take(2).Select(e => e.Type).ToListAsync());
        Assert.All(events, type => Assert.Equal("ComponentChanged", type));
    }

    [Theory]
    [MemberData(nameof(Databases), MemberType = typeof(ComponentWrites))]
    public async Task Linking_is_refused_without_a_token_for_another_department_and_to_an_asset_it_cannot_see(string database)
    {
        var city = City(database);
        var (from, to) = (await city.CreateAsync(), await city.CreateAsync());
        var hidden = await city.CreateAsync(kind: "GAS_PIPE", owner: "GAS", sensitivity: "RESTRICTED");
        var before = await city.TrailAsync();

        var anonymous = await city.PostAsync(Link, new { input = new { fromCode = from, toCode = to, kind = "CONNECTS_TO" } });
        var telecom = await city.PostAsync(Link, new { input = new { fromCode = from, toCode = to, kind = "CONNECTS_TO" } }, WritableCity.Operator("TELECOM"));
        var invisible = await city.PostAsync(Link, new { input = new { fromCode = from, toCode = hidden, kind = "MONITORS" } }, WritableCity.Operator("ENVIRONMENT"));
        var itself = await city.PostAsync(Link, new { input = new { fromCode = from, toCode = from, kind = "MONITORS" } }, WritableCity.Operator("ENVIRONMENT"));

        Assert.Equal("UNAUTHENTICATED", WritableCity.Code(anonymous));
        Assert.Equal("FORBIDDEN", WritableCity.Code(telecom));
        Assert.Equal("department:TELECOM", telecom["errors"]![0]!["extensions"]!["requiredScope"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", ErrorCode(invisible, "linkComponents"));
        Assert.Equal("INVALID_VALUE", WritableCity.Code(itself));
        Assert.Equal(before, await city.TrailAsync());
        Assert.Equal(0, await city.ReadAsync(db => db.ComponentLinks.IgnoreQueryFilters().CountAsync(l => l.FromComponent.Code == from)));
    }

    private static Task<int> Links(WritableCity city, string from, string to) =>
        city.ReadAsync(db => db.ComponentLinks.IgnoreQueryFilters().CountAsync(l => l.FromComponent.Code == from && l.ToComponent.Code == to && l.Kind == LinkKind.Monitors));

    private WritableCity City(string database) => new(database == "sqlite" ? sqlite : postgis);
}
