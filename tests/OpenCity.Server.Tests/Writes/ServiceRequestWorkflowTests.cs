using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenCity.Domain.ServiceRequests;
using OpenCity.Server.Tests.Infrastructure;
using static OpenCity.Server.Tests.Writes.ServiceRequestScenario;

namespace OpenCity.Server.Tests.Writes;

/// <summary>
/// The work on a report over real HTTP with real tokens, on both databases: route, start, resolve,
/// close as a state machine; each refusal writes nothing.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class ServiceRequestWorkflowTests(WritableSqliteCityFixture sqlite, WritablePostGisCityFixture postgis)
{
    private static readonly string Start = Step("startServiceRequest", "StartServiceRequestInput");
    private static readonly string Resolve = Step("resolveServiceRequest", "ResolveServiceRequestInput");
    private static readonly string Close = Step("closeServiceRequest", "CloseServiceRequestInput");
    private static readonly string Route = Step("routeServiceRequest", "RouteServiceRequestInput");

    public static TheoryData<string> Databases => ["sqlite", "postgis"];

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task The_routed_department_starts_resolves_and_closes_a_report_each_step_versioned_audited_and_published(string database)
    {
        var city = City(database);
        var code = await ReportAsync(city, 50);
        var water = WritableCity.Operator("WATER");
        var submittedAt = await city.ReadAsync(db => db.ServiceRequests.Where(r => r.Code == code).Select(r => r.UpdatedAt).SingleAsync());
        var before = await city.TrailAsync();

        var started = Work(await city.PostAsync(Start, new { input = new { code, expectedVersion = 0, note = "crew on the way" } }, water), "startServiceRequest");
        var resolved = Work(await city.PostAsync(Resolve, new { input = new { code, expectedVersion = 1, note = "valve replaced" } }, water), "resolveServiceRequest");
        var closed = Work(await city.PostAsync(Close, new { input = new { code, note = "checked" } }, WritableCity.Admin), "closeServiceRequest");

        Assert.Equal(("IN_PROGRESS", 1L), (Text(started, "status"), started["version"]!.GetValue<long>()));
        Assert.Equal(("RESOLVED", 2L), (Text(resolved, "status"), resolved["version"]!.GetValue<long>()));
        Assert.Equal(("CLOSED", 3L), (Text(closed, "status"), closed["version"]!.GetValue<long>()));
        var stored = await city.ReadAsync(db => db.ServiceRequests.SingleAsync(r => r.Code == code));
        Assert.Equal((ServiceRequestStatus.Closed, 3L), (stored.Status, stored.Version));
        Assert.True(stored.UpdatedAt >= submittedAt);
        var audit = await city.ReadAsync(db => db.AuditLog.Where(a => a.EntityCode == code).OrderBy(a => a.Id).Select(a => new { a.Operation, a.Subject, a.After }).ToListAsync());
        Assert.Equal(["submitServiceRequest", "startServiceRequest", "resolveServiceRequest", "closeServiceRequest"], audit.Select(a => a.Operation));
        Assert.Equal("valve replaced", JsonNode.Parse(audit[2].After!)!["change"]!["note"]!.GetValue<string>());
        Assert.Equal("test-admin", audit[3].Subject);
        var events = await city.ReadAsync(db => db.Outbox.OrderByDescending(e => e.Sequence).Take(3).Select(e => e.Payload).ToListAsync());
        Assert.Equal(["Resolved>Closed", "InProgress>Resolved", "Routed>InProgress"], events.Select(e => JsonNode.Parse(e)!).Select(e => $"{Text(e, "oldStatus")}>{Text(e, "newStatus")}"));
        Assert.Equal((before.Audit + 3, before.Events + 3), await city.TrailAsync());
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task A_step_out_of_order_is_INVALID_TRANSITION_and_writes_nothing(string database)
    {
        var city = City(database);
        var code = await ReportAsync(city, 52);
        var before = await city.TrailAsync();

        var response = await city.PostAsync(Resolve, new { input = new { code } }, WritableCity.Operator("WATER"));

        var error = Assert.Single(response["data"]!["resolveServiceRequest"]!["errors"]!.AsArray())!;
        Assert.Equal(("INVALID_TRANSITION", "Routed", "Resolved"), (Text(error, "code"), Text(error, "from"), Text(error, "to")));
        Assert.Equal(before, await city.TrailAsync());
        var stored = await city.ReadAsync(db => db.ServiceRequests.SingleAsync(r => r.Code == code));
        Assert.Equal((ServiceRequestStatus.Routed, 0L), (stored.Status, stored.Version));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Anonymous_is_UNAUTHENTICATED_another_department_FORBIDDEN_a_stale_version_CONFLICT_and_none_writes(string database)
    {
        var city = City(database);
        var code = await ReportAsync(city, 54);
        var before = await city.TrailAsync();

        var anonymous = await city.PostAsync(Start, new { input = new { code } });
        var gas = await city.PostAsync(Start, new { input = new { code } }, WritableCity.Operator("GAS"));
        var stale = await city.PostAsync(Start, new { input = new { code, expectedVersion = 7 } }, WritableCity.Operator("WATER"));

        Assert.Equal("UNAUTHENTICATED", WritableCity.Code(anonymous));
        Assert.Equal("FORBIDDEN", WritableCity.Code(gas));
        Assert.Equal("department:WATER", gas["errors"]![0]!["extensions"]!["requiredScope"]!.GetValue<string>());
        var conflict = Assert.Single(stale["data"]!["startServiceRequest"]!["errors"]!.AsArray())!;
        Assert.Equal(("CONFLICT", 0L), (Text(conflict, "code"), conflict["currentVersion"]!.GetValue<long>()));
        Assert.Equal(before, await city.TrailAsync());
        Assert.Equal(ServiceRequestStatus.Routed, await city.ReadAsync(db => db.ServiceRequests.Where(r => r.Code == code).Select(r => r.Status).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Its_department_routes_a_report_elsewhere_and_the_new_department_works_it_not_the_old(string database)
    {
        var city = City(database);
        var code = await ReportAsync(city, 56);
        var water = WritableCity.Operator("WATER");

        var unknown = await city.PostAsync(Route, new { input = new { code, departmentCode = "NO_SUCH" } }, water);
        var routed = Work(await city.PostAsync(Route, new { input = new { code, departmentCode = "SANITATION", expectedVersion = 0 } }, water), "routeServiceRequest");
        var oldDepartment = await city.PostAsync(Start, new { input = new { code } }, water);
        var started = Work(await city.PostAsync(Start, new { input = new { code } }, WritableCity.Operator("SANITATION")), "startServiceRequest");
        var rerouteInProgress = await city.PostAsync(Route, new { input = new { code, departmentCode = "WATER" } }, WritableCity.Admin);

        Assert.Equal("NOT_FOUND", Text(unknown["data"]!["routeServiceRequest"]!["errors"]![0], "code"));
        Assert.Equal(("ROUTED", "SANITATION", 1L), (Text(routed, "status"), Text(routed["department"], "code"), routed["version"]!.GetValue<long>()));
        Assert.Equal("FORBIDDEN", WritableCity.Code(oldDepartment));
        Assert.Equal("IN_PROGRESS", Text(started, "status"));
        Assert.Equal("INVALID_TRANSITION", Text(rerouteInProgress["data"]!["routeServiceRequest"]!["errors"]![0], "code"));
        var audit = await city.ReadAsync(db => db.AuditLog.Where(a => a.EntityCode == code && a.Operation == "routeServiceRequest").Select(a => a.Before).SingleAsync());
        Assert.Equal("WATER", JsonNode.Parse(audit!)!["change"]!["department"]!.GetValue<string>());
    }

    /// <summary>A fresh water leak in the grid at <paramref name="index"/>, routed to WATER; its code.</summary>
    private static async Task<string> ReportAsync(WritableCity city, int index)
    {
        var (place, _) = await PlaceAsync(city, index);
        var receipt = Receipt(await SubmitAsync(city, "water_leak", place, Guid.NewGuid().ToString()));
        Assert.Equal("WATER", Text(receipt["department"], "code"));
        return Text(receipt, "code");
    }

    private static JsonNode Work(JsonObject response, string mutation)
    {
        Assert.True(response["errors"] is null, response.ToJsonString());
        var payload = response["data"]![mutation]!;
        Assert.True(payload["errors"] is null, payload.ToJsonString());
        return payload["serviceRequest"]!;
    }

    private WritableCity City(string database) => new(database == "sqlite" ? sqlite : postgis);
}
