using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenCity.Data;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Hosting;

/// <summary>
/// A server listens at once but is ready only when its database is migrated: while another instance
/// holds the migration lock, and while a database lacks migrations, a load balancer keeps it out and a
/// client is told to come back.
/// </summary>
// In the city collection: it runs statements, which would show in other tests' captures if run beside them.
[Collection(CityCollection.Name)]
public sealed class ReadinessTests
{
    /// <summary>The key of the server's PostgreSQL advisory lock (<c>PostgreSqlMigrationLock</c>): "OpenCity" in ASCII.</summary>
    private const long MigrationLockKey = 0x4F70656E43697479;

    [Fact]
    public async Task A_server_waiting_for_another_instance_s_migration_is_not_ready_until_it_is_done()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var otherInstance = new NpgsqlConnection(database.ConnectionString);
        await otherInstance.OpenAsync();
        await Execute(otherInstance, $"SELECT pg_advisory_lock({MigrationLockKey})");

        await using var server = new OpenCityServer(Settings(database), waitUntilReady: false);
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.False(server.WhenReady.IsCompleted);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await server.Client.GetAsync("/health/ready")).StatusCode);
        using var early = await server.Client.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, early.StatusCode);
        Assert.NotNull(early.Headers.RetryAfter);
        var error = JsonNode.Parse(await early.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("SERVER_NOT_READY", (string?)error["extensions"]!["code"]);

        await Execute(otherInstance, $"SELECT pg_advisory_unlock({MigrationLockKey})");
        await server.WhenReady.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal("Query", (string?)(await server.QueryDataAsync("{ __typename }"))["__typename"]);
    }

    [Fact]
    public async Task A_server_told_not_to_migrate_is_not_ready_until_someone_migrates()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var server = new OpenCityServer(new Dictionary<string, string?>(Settings(database)) { ["OpenCity:Database:MigrateOnStartup"] = "false" });

        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await server.Client.GetAsync("/health/ready")).StatusCode);

        // What the `migrate` command does.
        var applied = await server.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);

        Assert.NotEmpty(applied);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/health/ready")).StatusCode);
    }

    private static Dictionary<string, string?> Settings(PostgresDatabase database) => new()
    {
        ["OpenCity:Database:Provider"] = "PostgreSql",
        ["ConnectionStrings:OpenCity"] = database.ConnectionString,
    };

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
