using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenCity.Server.Tests.Infrastructure;
using OpenCity.Server.Tests.Writes;

namespace OpenCity.Server.Tests.Auditing;

/// <summary>
/// <c>auditLog</c> over real HTTP with real tokens, on both databases: admins read what a mutation
/// just wrote, nobody else reads anything, and the database itself refuses to change the trail.
/// Changes BUILDINGS-owned buildings only.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class AuditLogQueryTests(WritableSqliteCityFixture sqlite, WritablePostGisCityFixture postgis)
{
    private const string Mutation = """
        mutation ($input: UpdateComponentStatusInput!) {
          updateComponentStatus(input: $input) { errors { __typename } }
        }
        """;

    private const string Query = """
        query ($where: AuditEntryFilterInput, $after: String) {
          auditLog(where: $where, order: [{ occurredAt: DESC }], first: 1, after: $after) {
            nodes { occurredAt subject role department operation entityType entityCode before after }
            pageInfo { hasNextPage endCursor }
            totalCount
          }
        }
        """;

    public static TheoryData<string> Databases => ["sqlite", "postgis"];

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task An_admin_reads_the_entries_mutations_just_wrote_newest_first_with_their_values_before_and_after(string database)
    {
        var city = City(database);
        var code = await city.FirstComponentCodeAsync("{ owner: { code: { eq: \"BUILDINGS\" } }, kind: { eq: BUILDING }, status: { eq: OPERATIONAL } }");
        var start = DateTime.UtcNow.AddMinutes(-1);
        await ChangeAsync(city, code, "MAINTENANCE", "facade inspection", WritableCity.Operator("BUILDINGS"));
        await ChangeAsync(city, code, "OPERATIONAL", null, WritableCity.Admin);
        var where = new { entityType = new { eq = "CityComponent" }, entityCode = new { eq = code }, operation = new { eq = "updateComponentStatus" }, occurredAt = new { gte = start } };

        var newest = (await city.Server.QueryDataAsync(Query, new { where }, WritableCity.Admin))["auditLog"]!;
        var older = (await city.Server.QueryDataAsync(Query, new { where, after = newest["pageInfo"]!["endCursor"]!.GetValue<string>() }, WritableCity.Admin))["auditLog"]!;

        Assert.Equal(2, newest["totalCount"]!.GetValue<int>());
        Assert.True(newest["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.False(older["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var byAdmin = newest["nodes"]![0]!;
        var byOperator = older["nodes"]![0]!;
        Assert.Equal(("test-admin", "admin", null), (Text(byAdmin, "subject"), Text(byAdmin, "role"), Text(byAdmin, "department")));
        Assert.Equal(("buildings-operator", "operator", "BUILDINGS"), (Text(byOperator, "subject"), Text(byOperator, "role"), Text(byOperator, "department")));
        Assert.Equal(("updateComponentStatus", "CityComponent", code), (Text(byOperator, "operation"), Text(byOperator, "entityType"), Text(byOperator, "entityCode")));
        Assert.Equal("Operational", byOperator["before"]!["status"]!.GetValue<string>());
        Assert.Equal(("Maintenance", "facade inspection"), (byOperator["after"]!["status"]!.GetValue<string>(), byOperator["after"]!["note"]!.GetValue<string>()));
        Assert.Equal("Maintenance", byAdmin["before"]!["status"]!.GetValue<string>());
        Assert.True(DateTime.Parse(Text(byAdmin, "occurredAt")!, null, System.Globalization.DateTimeStyles.RoundtripKind) >= DateTime.Parse(Text(byOperator, "occurredAt")!, null, System.Globalization.DateTimeStyles.RoundtripKind));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task An_operator_is_FORBIDDEN_and_anonymous_is_UNAUTHENTICATED(string database)
    {
        var city = City(database);

        var asOperator = await city.PostAsync(Query, token: WritableCity.Operator("BUILDINGS"));
        var anonymous = await city.PostAsync(Query);

        Assert.Equal("FORBIDDEN", WritableCity.Code(asOperator));
        Assert.Equal("admin", asOperator["errors"]![0]!["extensions"]!["requiredScope"]!.GetValue<string>());
        Assert.Equal("UNAUTHENTICATED", WritableCity.Code(anonymous));
        Assert.Null(asOperator["data"]);
        Assert.Null(anonymous["data"]);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task The_database_refuses_to_update_or_delete_audit_entries(string database)
    {
        var city = City(database);
        var code = await city.FirstComponentCodeAsync("{ owner: { code: { eq: \"BUILDINGS\" } }, kind: { eq: BUILDING }, status: { eq: OPERATIONAL } }");
        await ChangeAsync(city, code, "FAILED", null, WritableCity.Admin);
        var before = await city.ReadAsync(db => db.AuditLog.Where(a => a.EntityCode == code).OrderBy(a => a.Id).Select(a => new { a.Id, a.Subject }).ToListAsync());

        var update = await Record.ExceptionAsync(() => city.ReadAsync(db => db.Database.ExecuteSqlAsync($"UPDATE audit_log SET subject = 'someone-else' WHERE entity_code = {code}")));
        var delete = await Record.ExceptionAsync(() => city.ReadAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM audit_log WHERE entity_code = {code}")));

        Assert.Contains("append-only", update?.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete?.Message, StringComparison.Ordinal);
        Assert.NotEmpty(before);
        var after = await city.ReadAsync(db => db.AuditLog.Where(a => a.EntityCode == code).OrderBy(a => a.Id).Select(a => new { a.Id, a.Subject }).ToListAsync());
        Assert.Equal(before, after);
    }

    private static async Task ChangeAsync(WritableCity city, string code, string status, string? note, string token)
    {
        var response = await city.Server.QueryDataAsync(Mutation, new { input = new { code, status, note } }, token);
        Assert.Null(response["updateComponentStatus"]!["errors"]);
    }

    private static string? Text(JsonNode node, string field) => node[field]?.GetValue<string>();

    private WritableCity City(string database) => new(database == "sqlite" ? sqlite : postgis);
}
