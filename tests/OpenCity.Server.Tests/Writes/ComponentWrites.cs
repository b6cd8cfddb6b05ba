using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenCity.Domain.Components;
using OpenCity.Domain.Governance;

namespace OpenCity.Server.Tests.Writes;

/// <summary>
/// What the component write tests share: their mutations, and assets of their own (codes starting
/// <c>ZZ-</c>, owned by ENVIRONMENT, which no other write test touches) created through the API.
/// </summary>
public static class ComponentWrites
{
    public const string Create = """
        mutation ($input: CreateComponentInput!) {
          createComponent(input: $input) {
            component { code name kind domain status version sensitivity attributes owner { code } unit { code } }
            errors { __typename ... on Error { code message } }
          }
        }
        """;

    public const string Update = """
        mutation ($input: UpdateComponentInput!) {
          updateComponent(input: $input) {
            component { code name status version attributes geometry owner { code } unit { code } }
            errors { __typename ... on Error { code message } ... on ConflictError { currentVersion } ... on InvalidTransitionError { from to } }
          }
        }
        """;

    public const string Retire = """
        mutation ($input: RetireComponentInput!) {
          retireComponent(input: $input) {
            component { code status version }
            errors { __typename ... on Error { code message } ... on ConflictError { currentVersion } ... on InvalidTransitionError { from to } }
          }
        }
        """;

    public static TheoryData<string> Databases => ["sqlite", "postgis"];

    /// <summary>A fresh code of this test area.</summary>
    public static string NewCode(string prefix = "SN") => $"ZZ-{prefix}-{Guid.NewGuid():N}"[..24];

    /// <summary>A GeoJSON point at the centroid of the city's <paramref name="index"/>-th grid (by id), and that grid's code.</summary>
    public static Task<(object Point, string Grid)> GridPointAsync(this WritableCity city, int index) =>
        city.ReadAsync(async db =>
        {
            var grid = await db.GovernanceUnits.Where(u => u.Level == GovernanceLevel.Grid).OrderBy(u => u.Id).Skip(index).FirstAsync();
            return ((object)new { type = "Point", coordinates = new[] { grid.Centroid.X, grid.Centroid.Y } }, grid.Code);
        });

    /// <summary>Creates an asset of this test area as an admin, owned by ENVIRONMENT unless told, and returns its code.</summary>
    public static async Task<string> CreateAsync(this WritableCity city, string kind = "SENSOR", string owner = "ENVIRONMENT", string sensitivity = "PUBLIC")
    {
        var code = NewCode(kind[..2]);
        var (point, _) = await city.GridPointAsync(0);
        var response = await city.PostAsync(Create, new { input = new { code, name = "Test asset", kind, geometry = point, ownerCode = owner, sensitivity, attributes = new { model = "T1", height = 3 } } }, WritableCity.Admin);
        Assert.True(response["errors"] is null && response["data"]!["createComponent"]!["errors"] is null, response.ToJsonString());
        return code;
    }

    public static Task<CityComponent> StoredAsync(this WritableCity city, string code) =>
        city.ReadAsync(db => db.Components.IgnoreQueryFilters().Include(c => c.Owner).Include(c => c.GridUnit).SingleAsync(c => c.Code == code));

    public static JsonNode Payload(JsonObject response, string mutation)
    {
        Assert.True(response["errors"] is null, response.ToJsonString());
        return response["data"]![mutation]!;
    }

    /// <summary>The one expected failure of a payload: its code.</summary>
    public static string ErrorCode(JsonObject response, string mutation) =>
        Assert.Single(Payload(response, mutation)["errors"]!.AsArray())!["code"]!.GetValue<string>();
}
