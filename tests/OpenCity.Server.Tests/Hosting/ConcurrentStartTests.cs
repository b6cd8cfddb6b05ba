using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenCity.Data;
using OpenCity.Domain.Departments;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Hosting;

/// <summary>
/// Instances behind one load balancer start together on one PostgreSQL database: the advisory lock
/// lets one migrate while the others wait, nobody seeds a production database with the demo city, all
/// are ready, and with the cursor secret they share a cursor from one works on the others.
/// </summary>
// In the city collection: it runs statements, which would show in other tests' captures if run beside them.
[Collection(CityCollection.Name)]
public sealed class ConcurrentStartTests
{
    [Fact]
    public async Task Three_servers_starting_at_once_on_a_fresh_PostgreSQL_migrate_it_once_seed_nothing_and_share_cursors()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var settings = new Dictionary<string, string?>
        {
            ["OpenCity:Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:OpenCity"] = database.ConnectionString,
            ["OpenCity:Paging:CursorSecret"] = "the-secret-every-instance-behind-the-balancer-shares",
        };

        // Each constructor starts a server (and with it the migration) on a thread of its own.
        var servers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => new OpenCityServer(settings))));
        try
        {
            foreach (var server in servers)
            {
                var data = await server.QueryDataAsync("{ __typename governanceUnits { totalCount } components { totalCount } }");
                Assert.Equal("Query", (string?)data["__typename"]);
                Assert.Equal(0, (int?)data["governanceUnits"]!["totalCount"]);
                Assert.Equal(0, (int?)data["components"]!["totalCount"]);
                using var ready = await server.Client.GetAsync("/health/ready");
                Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            }

            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT count(*), count(DISTINCT \"MigrationId\") FROM \"__EFMigrationsHistory\"", connection);
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            var (rows, migrations) = (reader.GetInt64(0), reader.GetInt64(1));
            Assert.True(migrations > 0, "no migration was recorded");
            Assert.Equal(migrations, rows);

            await AddDepartmentsAsync(servers[0], "AAA", "BBB", "CCC");
            const string Page = "query ($after: String) { departments(first: 1, after: $after) { pageInfo { endCursor } nodes { code } } }";
            var first = (await servers[0].QueryDataAsync(Page))["departments"]!;
            Assert.Equal("AAA", (string?)first["nodes"]![0]!["code"]);
            foreach (var other in servers[1..])
            {
                var next = (await other.QueryDataAsync(Page, new { after = (string?)first["pageInfo"]!["endCursor"] }))["departments"]!;
                Assert.Equal("BBB", (string?)next["nodes"]![0]!["code"]);
            }
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }
        }
    }

    private static async Task AddDepartmentsAsync(OpenCityServer server, params string[] codes)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContextAsync();
        db.Departments.AddRange(codes.Select(code => new Department { Code = code, Name = $"Department {code}" }));
        await db.SaveChangesAsync();
    }
}
