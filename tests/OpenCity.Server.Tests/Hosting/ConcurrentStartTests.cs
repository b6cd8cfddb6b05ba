using Npgsql;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Hosting;

/// <summary>
/// Instances behind one load balancer start together on one PostgreSQL database: the advisory lock
/// lets one migrate while the others wait, and nobody seeds a production database with the demo city.
/// </summary>
public sealed class ConcurrentStartTests
{
    [Fact]
    public async Task Three_servers_starting_at_once_on_a_fresh_PostgreSQL_migrate_it_once_and_seed_nothing()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var settings = new Dictionary<string, string?>
        {
            ["OpenCity:Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:OpenCity"] = database.ConnectionString,
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
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }
        }
    }
}
