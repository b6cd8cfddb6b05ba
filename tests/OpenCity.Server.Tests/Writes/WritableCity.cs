using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.Data;
using OpenCity.Server.Auth;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Writes;

/// <summary>The writable city of one database, with what write tests need: tokens, mutations over HTTP, and a look at the database itself.</summary>
public sealed class WritableCity(ICityServerFixture fixture)
{
    public OpenCityServer Server => fixture.Server;

    public static string TokenFor(Caller caller) => TestTokens.Issue(caller);

    public static string Operator(string department) => TokenFor(Caller.Operator(department, $"{department.ToLowerInvariant()}-operator"));

    public static string Admin => TokenFor(Caller.Admin("test-admin"));

    /// <summary>POSTs a mutation or query with the token given (none: anonymous).</summary>
    public Task<JsonObject> PostAsync(string query, object? variables = null, string? token = null) => Server.PostAsync(query, variables, token);

    /// <summary>Reads the database directly, seeing everything (no visibility filter), to check what a request did or did not write.</summary>
    public async Task<T> ReadAsync<T>(Func<OpenCityDbContext, Task<T>> read)
    {
        await using var db = await Server.Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContextAsync();
        return await read(db);
    }

    /// <summary>The number of audit entries and outbox events: a refused write must leave both as they were.</summary>
    public Task<(int Audit, int Events)> TrailAsync() =>
        ReadAsync(async db => (await db.AuditLog.CountAsync(), await db.Outbox.CountAsync()));

    /// <summary>The code of the first component matching a query's <c>where</c>, as an admin sees them.</summary>
    public async Task<string> FirstComponentCodeAsync(string where)
    {
        var data = await Server.QueryDataAsync($"{{ components(where: {where}, first: 1, order: [{{ code: ASC }}]) {{ nodes {{ code }} }} }}", token: Admin);
        return data["components"]!["nodes"]![0]!["code"]!.GetValue<string>();
    }

    public static string Code(JsonObject response) => response["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() ?? "";
}
