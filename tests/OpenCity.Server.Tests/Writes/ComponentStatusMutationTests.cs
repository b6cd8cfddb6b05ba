using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenCity.Domain.Components;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Writes;

/// <summary>
/// <c>updateComponentStatus</c> over real HTTP with real tokens, on both databases: the change, its
/// audit entry and its event commit together; every refusal writes nothing.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class ComponentStatusMutationTests(WritableSqliteCityFixture sqlite, WritablePostGisCityFixture postgis)
{
    private const string Mutation = """
        mutation ($input: UpdateComponentStatusInput!) {
          updateComponentStatus(input: $input) {
            component { code status version }
            errors { __typename ... on Error { code message } ... on ConflictError { currentVersion } ... on InvalidTransitionError { from to } }
          }
        }
        """;

    public static TheoryData<string> Databases => ["sqlite", "postgis"];

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task An_operator_changes_a_component_of_its_department_with_its_audit_entry_and_event(string database)
    {
        var city = City(database);
        var code = await city.FirstComponentCodeAsync("{ owner: { code: { eq: \"WATER\" } }, kind: { eq: WATER_PIPE }, status: { eq: OPERATIONAL } }");
        var before = await city.TrailAsync();

        var response = await city.PostAsync(Mutation, new { input = new { code, status = "FAILED", note = "hit by a lorry" } }, WritableCity.Operator("WATER"));

        Assert.Null(response["errors"]);
        var payload = response["data"]!["updateComponentStatus"]!;
        Assert.Null(payload["errors"]);
        Assert.Equal("FAILED", payload["component"]!["status"]!.GetValue<string>());
        Assert.Equal(1, payload["component"]!["version"]!.GetValue<long>());
        var (status, version, audit, outbox) = await city.ReadAsync(async db => (
            (await db.Components.IgnoreQueryFilters().SingleAsync(c => c.Code == code)).Status,
            (await db.Components.IgnoreQueryFilters().SingleAsync(c => c.Code == code)).Version,
            await db.AuditLog.Where(a => a.EntityCode == code).ToListAsync(),
            await db.Outbox.OrderByDescending(e => e.Sequence).FirstAsync()));
        Assert.Equal((ComponentStatus.Failed, 1L), (status, version));
        var entry = Assert.Single(audit);
        Assert.Equal(("water-operator", "operator", "WATER", "updateComponentStatus"), (entry.Subject, entry.Role, entry.DepartmentCode, entry.Operation));
        Assert.Equal("Operational", JsonNode.Parse(entry.Before!)!["status"]!.GetValue<string>());
        Assert.Equal("hit by a lorry", JsonNode.Parse(entry.After!)!["note"]!.GetValue<string>());
        Assert.Equal("ComponentChanged", outbox.Type);
        var change = JsonNode.Parse(outbox.Payload)!;
        Assert.Equal((code, "Operational", "Failed"), (change["code"]!.GetValue<string>(), change["oldStatus"]!.GetValue<string>(), change["newStatus"]!.GetValue<string>()));
        Assert.Equal((before.Audit + 1, before.Events + 1), await city.TrailAsync());
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Anonymous_is_UNAUTHENTICATED_and_another_department_is_FORBIDDEN_and_neither_writes(string database)
    {
        var city = City(database);
        var code = await city.FirstComponentCodeAsync("{ owner: { code: { eq: \"WATER\" } }, kind: { eq: WATER_PIPE }, status: { eq: OPERATIONAL } }");
        var before = await city.TrailAsync();
        var input = new { input = new { code, status = "FAILED" } };

        var anonymous = await city.PostAsync(Mutation, input);
        var gas = await city.PostAsync(Mutation, input, WritableCity.Operator("GAS"));

        Assert.Equal("UNAUTHENTICATED", WritableCity.Code(anonymous));
        Assert.Equal("FORBIDDEN", WritableCity.Code(gas));
        Assert.Equal("department:GAS", gas["errors"]![0]!["extensions"]!["requiredScope"]!.GetValue<string>());
        Assert.Contains(code, gas["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await city.TrailAsync());
        Assert.Equal(ComponentStatus.Operational, await city.ReadAsync(db => db.Components.IgnoreQueryFilters().Where(c => c.Code == code).Select(c => c.Status).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Two_concurrent_updates_of_one_version_one_wins_the_other_gets_CONFLICT_with_the_current_version(string database)
    {
        var city = City(database);
        var code = await city.FirstComponentCodeAsync("{ owner: { code: { eq: \"LIGHTING\" } }, kind: { eq: STREETLIGHT }, status: { eq: OPERATIONAL } }");
        var token = WritableCity.Operator("LIGHTING");

        var answers = await Task.WhenAll(
            city.PostAsync(Mutation, new { input = new { code, status = "FAILED", expectedVersion = 0 } }, token),
            city.PostAsync(Mutation, new { input = new { code, status = "MAINTENANCE", expectedVersion = 0 } }, token));

        var payloads = answers.Select(a => a["data"]!["updateComponentStatus"]!).ToList();
        var winner = Assert.Single(payloads, p => p["errors"] is null);
        var loser = Assert.Single(payloads, p => p["errors"] is not null);
        Assert.Null(loser["component"]);
        var conflict = Assert.Single(loser["errors"]!.AsArray())!;
        Assert.Equal(("ConflictError", "CONFLICT", 1L), (conflict["__typename"]!.GetValue<string>(), conflict["code"]!.GetValue<string>(), conflict["currentVersion"]!.GetValue<long>()));
        var stored = await city.ReadAsync(db => db.Components.IgnoreQueryFilters().Where(c => c.Code == code).Select(c => new { c.Status, c.Version }).SingleAsync());
        Assert.Equal(winner["component"]!["status"]!.GetValue<string>(), stored.Status.ToString().ToUpperInvariant());
        Assert.Equal(1, stored.Version);
        Assert.Equal(1, await city.ReadAsync(db => db.AuditLog.CountAsync(a => a.EntityCode == code)));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task A_retired_component_does_not_come_back_INVALID_TRANSITION(string database)
    {
        var city = City(database);
        var code = await city.FirstComponentCodeAsync("{ status: { eq: RETIRED } }");
        var before = await city.TrailAsync();

        var response = await city.PostAsync(Mutation, new { input = new { code, status = "OPERATIONAL" } }, WritableCity.Admin);

        var error = Assert.Single(response["data"]!["updateComponentStatus"]!["errors"]!.AsArray())!;
        Assert.Equal(("INVALID_TRANSITION", "Retired", "Operational"), (error["code"]!.GetValue<string>(), error["from"]!.GetValue<string>(), error["to"]!.GetValue<string>()));
        Assert.Equal(before, await city.TrailAsync());
    }

    private WritableCity City(string database) => new(database == "sqlite" ? sqlite : postgis);
}
