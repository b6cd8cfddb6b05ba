using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenCity.Domain.Components;
using OpenCity.Server.Tests.Infrastructure;
using static OpenCity.Server.Tests.Writes.ComponentWrites;

namespace OpenCity.Server.Tests.Writes;

/// <summary>
/// <c>createComponent</c>, <c>updateComponent</c> and <c>retireComponent</c> over real HTTP with real
/// tokens, on both databases: each change commits with its audit entry and event; every refusal
/// writes nothing.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class ComponentMutationTests(WritableSqliteCityFixture sqlite, WritablePostGisCityFixture postgis)
{
    [Theory]
    [MemberData(nameof(Databases), MemberType = typeof(ComponentWrites))]
    public async Task An_operator_creates_an_asset_of_its_department_with_domain_grid_audit_and_event(string database)
    {
        var city = City(database);
        var code = NewCode();
        var (point, grid) = await city.GridPointAsync(1);
        var before = await city.TrailAsync();

        var response = await city.PostAsync(Create, new { input = new { code, name = "Air sensor", kind = "SENSOR", geometry = point, attributes = new { model = "AQ-7" } } }, WritableCity.Operator("ENVIRONMENT"));

        var component = Payload(response, "createComponent")["component"]!;
        Assert.Equal(("ENVIRONMENT", "OPERATIONAL", 0L, "ENVIRONMENT", grid), (
            component["domain"]!.GetValue<string>(), component["status"]!.GetValue<string>(), component["version"]!.GetValue<long>(),
            component["owner"]!["code"]!.GetValue<string>(), component["unit"]!["code"]!.GetValue<string>()));
        Assert.Equal("AQ-7", component["attributes"]!["model"]!.GetValue<string>());
        var stored = await city.StoredAsync(code);
        Assert.Equal((ComponentKind.Sensor, "ENVIRONMENT", grid, Sensitivity.Public), (stored.Kind, stored.Owner!.Code, stored.GridUnit!.Code, stored.Sensitivity));
        var (audit, outbox) = await city.ReadAsync(async db => (
            await db.AuditLog.SingleAsync(a => a.EntityCode == code),
            await db.Outbox.OrderByDescending(e => e.Sequence).FirstAsync()));
        Assert.Equal(("createComponent", null, "environment-operator"), (audit.Operation, audit.Before, audit.Subject));
        Assert.Equal(("ComponentChanged", code), (outbox.Type, JsonNode.Parse(outbox.Payload)!["code"]!.GetValue<string>()));
        Assert.Null(JsonNode.Parse(outbox.Payload)!["oldStatus"]);
        Assert.Equal((before.Audit + 1, before.Events + 1), await city.TrailAsync());
    }

    [Theory]
    [MemberData(nameof(Databases), MemberType = typeof(ComponentWrites))]
    public async Task A_gas_main_is_restricted_unless_told_and_its_domain_follows_its_kind(string database)
    {
        var city = City(database);
        var code = NewCode("GP");
        var (point, _) = await city.GridPointAsync(2);

        var response = await city.PostAsync(Create, new { input = new { code, name = "Gas main", kind = "GAS_PIPE", geometry = point, ownerCode = "ENVIRONMENT" } }, WritableCity.Admin);

        var component = Payload(response, "createComponent")["component"]!;
        Assert.Equal(("GAS", "RESTRICTED"), (component["domain"]!.GetValue<string>(), component["sensitivity"]!.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(Databases), MemberType = typeof(ComponentWrites))]
    public async Task Creating_is_refused_without_a_token_outside_the_scope_and_for_bad_input_and_nothing_is_written(string database)
    {
        var city = City(database);
        var taken = await city.CreateAsync();
        var (point, _) = await city.GridPointAsync(0);
        var before = await city.TrailAsync();
        var fresh = NewCode();
        object Input(string code, object? geometry = null, string owner = "ENVIRONMENT", object? attributes = null) =>
            new { input = new { code, name = "Sensor", kind = "SENSOR", geometry = geometry ?? point, ownerCode = owner, attributes } };
        var openRing = new { type = "Polygon", coordinates = new[] { new[] { new[] { 0.0, 0.0 }, new[] { 0.001, 0.0 }, new[] { 0.001, 0.001 }, new[] { 0.0, 0.001 } } } };
        var farAway = new { type = "Point", coordinates = new[] { -170.0, -80.0 } };

        var anonymous = await city.PostAsync(Create, Input(fresh));
        var telecom = await city.PostAsync(Create, Input(fresh), WritableCity.Operator("TELECOM"));
        var duplicate = await city.PostAsync(Create, Input(taken), WritableCity.Admin);
        var unknownOwner = await city.PostAsync(Create, Input(fresh, owner: "NOBODY"), WritableCity.Admin);
        var badGeoJson = await city.PostAsync(Create, Input(fresh, openRing), WritableCity.Admin);
        var outside = await city.PostAsync(Create, Input(fresh, farAway), WritableCity.Admin);
        var notAnObject = await city.PostAsync(Create, Input(fresh, attributes: new[] { 1, 2 }), WritableCity.Admin);
        var tooLarge = await city.PostAsync(Create, Input(fresh, attributes: new { text = new string('x', 20_000) }), WritableCity.Admin);

        Assert.Equal("UNAUTHENTICATED", WritableCity.Code(anonymous));
        Assert.Equal("FORBIDDEN", WritableCity.Code(telecom));
        Assert.Equal("department:TELECOM", telecom["errors"]![0]!["extensions"]!["requiredScope"]!.GetValue<string>());
        Assert.Equal("DUPLICATE_CODE", ErrorCode(duplicate, "createComponent"));
        Assert.Equal("NOT_FOUND", ErrorCode(unknownOwner, "createComponent"));
        Assert.Equal("GEOJSON_RING_NOT_CLOSED", WritableCity.Code(badGeoJson));
        Assert.Equal("OUTSIDE_CITY", ErrorCode(outside, "createComponent"));
        Assert.Equal("INVALID_VALUE", WritableCity.Code(notAnObject));
        Assert.Equal("JSON_TOO_LARGE", WritableCity.Code(tooLarge));
        Assert.Equal(before, await city.TrailAsync());
        Assert.False(await city.ReadAsync(db => db.Components.IgnoreQueryFilters().AnyAsync(c => c.Code == fresh)));
    }

    [Theory]
    [MemberData(nameof(Databases), MemberType = typeof(ComponentWrites))]
    public async Task An_update_changes_only_what_is_given_patches_attributes_and_re_derives_the_grid(string database)
    {
        var city = City(database);
        var code = await city.CreateAsync();
        var (elsewhere, grid) = await city.GridPointAsync(3);
        var before = await city.TrailAsync();

        var response = await city.PostAsync(Update, new { input = new { code, expectedVersion = 0, name = "Moved sensor", attributes = new { height = (int?)null, colour = "green" }, geometry = elsewhere } }, WritableCity.Operator("ENVIRONMENT"));

        var component = Payload(response, "updateComponent")["component"]!;
        Assert.Equal(("Moved sensor", "OPERATIONAL", 1L, grid), (
            component["name"]!.GetValue<string>(), component["status"]!.GetValue<string>(), component["version"]!.GetValue<long>(), component["unit"]!["code"]!.GetValue<string>()));
        Assert.Equal("""{"colour":"green","model":"T1"}""", component["attributes"]!.ToJsonString());
        var stored = await city.StoredAsync(code);
        Assert.Equal((grid, 1L, "ENVIRONMENT"), (stored.GridUnit!.Code, stored.Version, stored.Owner!.Code));
        var change = await city.ReadAsync(async db => JsonNode.Parse((await db.Outbox.OrderByDescending(e => e.Sequence).FirstAsync()).Payload)!);
        Assert.Equal(["attributes", "geometry", "grid", "name"], change["changes"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal((before.Audit + 1, before.Events + 1), await city.TrailAsync());
    }

    [Theory]
    [MemberData(nameof(Databases), MemberType = typeof(ComponentWrites))]
    public async Task An_update_is_refused_without_a_token_for_another_department_when_giving_the_asset_away_or_for_bad_input(string database)
    {
        var city = City(database);
        var sensor = await city.CreateAsync();

        // ENVIRONMENT owns this streetlight, but a streetlight belongs to LIGHTING's network: given away, ENVIRONMENT could no longer change it.
        var streetlight = await city.CreateAsync(kind: "STREETLIGHT");
        var before = await city.TrailAsync();
        var environment = WritableCity.Operator("ENVIRONMENT");

        var anonymous = await city.PostAsync(Update, new { input = new { code = sensor, name = "x" } });
        var telecom = await city.PostAsync(Update, new { input = new { code = sensor, name = "x" } }, WritableCity.Operator("TELECOM"));
        var givenAway = await city.PostAsync(Update, new { input = new { code = streetlight, ownerCode = "LIGHTING" } }, environment);
        var unknownOwner = await city.PostAsync(Update, new { input = new { code = sensor, ownerCode = "NOBODY" } }, environment);
        var badGeoJson = await city.PostAsync(Update, new { input = new { code = sensor, geometry = new { type = "Point", coordinates = new[] { 200.0, 10.0 } } } }, environment);
        var missing = await city.PostAsync(Update, new { input = new { code = NewCode(), name = "x" } }, environment);

        Assert.Equal("UNAUTHENTICATED", WritableCity.Code(anonymous));
        Assert.Equal("FORBIDDEN", WritableCity.Code(telecom));
        Assert.Equal("department:TELECOM", telecom["errors"]![0]!["extensions"]!["requiredScope"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", WritableCity.Code(givenAway));
        Assert.Equal("NOT_FOUND", ErrorCode(unknownOwner, "updateComponent"));
        Assert.Equal("GEOJSON_OUT_OF_BOUNDS", WritableCity.Code(badGeoJson));
        Assert.Equal("NOT_FOUND", ErrorCode(missing, "updateComponent"));
        Assert.Equal(before, await city.TrailAsync());
        var (light, stored) = (await city.StoredAsync(streetlight), await city.StoredAsync(sensor));
        Assert.Equal(("ENVIRONMENT", 0L), (light.Owner!.Code, light.Version));
        Assert.Equal(("Test asset", 0L), (stored.Name, stored.Version));
    }

    [Theory]
    [MemberData(nameof(Databases), MemberType = typeof(ComponentWrites))]
    public async Task A_stale_expected_version_is_a_CONFLICT_and_of_two_concurrent_updates_one_wins(string database)
    {
        var city = City(database);
        var code = await city.CreateAsync();
        var token = WritableCity.Operator("ENVIRONMENT");
        Payload(await city.PostAsync(Update, new { input = new { code, name = "First" } }, token), "updateComponent");
        var before = await city.TrailAsync();

        var stale = await city.PostAsync(Update, new { input = new { code, expectedVersion = 0, name = "Stale" } }, token);
        var answers = await Task.WhenAll(
            city.PostAsync(Update, new { input = new { code, expectedVersion = 1, name = "Left" } }, token),
            city.PostAsync(Update, new { input = new { code, expectedVersion = 1, name = "Right" } }, token));

        Assert.Equal("CONFLICT", ErrorCode(stale, "updateComponent"));
        Assert.Equal(1, Payload(stale, "updateComponent")["errors"]![0]!["currentVersion"]!.GetValue<long>());
        var payloads = answers.Select(a => Payload(a, "updateComponent")).ToList();
        var winner = Assert.Single(payloads, p => p["errors"] is null);
        var loser = Assert.Single(payloads, p => p["errors"] is not null);
        Assert.Equal("CONFLICT", loser["errors"]![0]!["code"]!.GetValue<string>());
        var stored = await city.StoredAsync(code);
        Assert.Equal((winner["component"]!["name"]!.GetValue<string>(), 2L), (stored.Name, stored.Version));
        Assert.Equal((before.Audit + 1, before.Events + 1), await city.TrailAsync());
    }

    [Theory]
    [MemberData(nameof(Databases), MemberType = typeof(ComponentWrites))]
    public async Task Retiring_sets_RETIRED_once_then_retiring_or_reviving_is_INVALID_TRANSITION(string database)
    {
        var city = City(database);
        var code = await city.CreateAsync();
        var token = WritableCity.Operator("ENVIRONMENT");
        var before = await city.TrailAsync();

        var retired = await city.PostAsync(Retire, new { input = new { code, expectedVersion = 0, note = "replaced" } }, token);
        var after = await city.TrailAsync();
        var again = await city.PostAsync(Retire, new { input = new { code } }, token);
        var revived = await city.PostAsync(Update, new { input = new { code, status = "OPERATIONAL", name = "Back" } }, token);
        var anonymous = await city.PostAsync(Retire, new { input = new { code } });
        var telecom = await city.PostAsync(Retire, new { input = new { code } }, WritableCity.Operator("TELECOM"));

        Assert.Equal(("RETIRED", 1L), (Payload(retired, "retireComponent")["component"]!["status"]!.GetValue<string>(), Payload(retired, "retireComponent")["component"]!["version"]!.GetValue<long>()));
        Assert.Equal((before.Audit + 1, before.Events + 1), after);
        Assert.Equal("INVALID_TRANSITION", ErrorCode(again, "retireComponent"));
        Assert.Equal("INVALID_TRANSITION", ErrorCode(revived, "updateComponent"));
        Assert.Equal("UNAUTHENTICATED", WritableCity.Code(anonymous));
        Assert.Equal("FORBIDDEN", WritableCity.Code(telecom));
        Assert.Equal(after, await city.TrailAsync());
        var stored = await city.StoredAsync(code);
        Assert.Equal((ComponentStatus.Retired, "Test asset", 1L), (stored.Status, stored.Name, stored.Version));
    }

    private WritableCity City(string database) => new(database == "sqlite" ? sqlite : postgis);
}
