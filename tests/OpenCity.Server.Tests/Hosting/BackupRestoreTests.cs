using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenCity.Data;
using OpenCity.Data.Backup;
using OpenCity.Server.Hosting;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Hosting;

/// <summary>
/// Nothing lost: rows written, a backup taken while the server runs, the database wiped, the
/// backup restored; a server on the restored database answers a set of queries exactly as before.
/// </summary>
// In the city collection: it runs statements, which would show in other tests' captures if run beside them.
[Collection(CityCollection.Name)]
public sealed class BackupRestoreTests : IDisposable
{
    private static readonly string[] Queries =
    [
        """{ departments { totalCount nodes { code name description responsibilityAreas { name area } } } }""",
        """{ components(first: 50, order: [{ code: ASC }]) { totalCount nodes { code name kind status geometry installedOn attributes owner { code } unit { code } latestReading { value measuredAt } links { kind to { code } } } } }""",
        """{ city { name boundary children { code name children { code } } } }""",
        """{ observations(indicator: "population", first: 20) { totalCount nodes { unit { code } period value } } }""",
        """{ componentAggregate(groupBy: [KIND, STATUS]) { kind status count } }""",
    ];

    private readonly string _backup = Path.Combine(Path.GetTempPath(), $"opencity-backup-{Guid.NewGuid():N}");

    [Fact]
    public async Task Sqlite_backup_taken_while_serving_restores_every_answer()
    {
        var file = Path.Combine(Path.GetTempPath(), $"opencity-test-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string?> { ["OpenCity:Database:Provider"] = "Sqlite", ["ConnectionStrings:OpenCity"] = $"Data Source={file}" };
        try
        {
            await RoundTripAsync(settings, async () =>
            {
                SqliteConnection.ClearAllPools();
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                {
                    File.Delete(file + suffix);
                }

                await Task.CompletedTask;
            });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(file + suffix);
            }
        }
    }

    [Fact]
    public async Task PostGIS_dump_restores_every_answer_into_a_recreated_database()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var settings = new Dictionary<string, string?>
        {
            ["OpenCity:Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:OpenCity"] = database.ConnectionString,
            ["OpenCity:Database:SeedOnStartup"] = "true",
        };
        await RoundTripAsync(settings, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            var admin = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "postgres" }.ConnectionString;
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE \"{database.Name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Name}\"", connection);
            await create.ExecuteNonQueryAsync();
        });
    }

    [Fact]
    public async Task Restoring_a_file_that_is_not_a_backup_fails_with_a_clear_message()
    {
        await File.WriteAllTextAsync(_backup, "not a database");
        var file = Path.Combine(Path.GetTempPath(), $"opencity-test-{Guid.NewGuid():N}.db");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new DatabaseBackup(DatabaseProvider.Sqlite, $"Data Source={file}").RestoreAsync(_backup, CancellationToken.None));

        Assert.Contains("not a SQLite backup", error.Message, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }

    [Theory]
    [InlineData("backup", false)]
    [InlineData("restore", true)]
    public void The_command_line_reads_the_verbs(string verb, bool restore)
    {
        Assert.True(CommandLine.TryGetCommand([verb, "city.backup", "--OpenCity:Database:Provider=PostgreSql"], out var read));
        var command = Assert.IsType<BackupCommand>(read);
        Assert.Equal(restore, command.Restore);
        Assert.Equal("city.backup", command.File);
        Assert.Throws<CommandLineException>(() => CommandLine.TryGetCommand([verb], out _));
    }

    public void Dispose() => File.Delete(_backup);

    private async Task RoundTripAsync(Dictionary<string, string?> settings, Func<Task> wipe)
    {
        var backup = new DatabaseBackup(Enum.Parse<DatabaseProvider>(settings["OpenCity:Database:Provider"]!), settings["ConnectionStrings:OpenCity"]);
        var expected = new List<string>();
        await using (var server = new OpenCityServer(settings))
        {
            // Written directly, as an operator's change would be: the backup must hold it.
            var contexts = server.Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>();
            await using (var db = await contexts.CreateDbContextAsync())
            {
                var department = await db.Departments.AsTracking().OrderBy(d => d.Id).FirstAsync();
                department.Name = "Backed-up Department";
                department.Description = "written before the backup";
                await db.SaveChangesAsync();
            }

            foreach (var query in Queries)
            {
                expected.Add((await server.QueryDataAsync(query)).ToJsonString());
            }

            Assert.Contains("Backed-up Department", expected[0], StringComparison.Ordinal);
            await backup.BackupAsync(_backup, CancellationToken.None);
        }

        await wipe();
        await backup.RestoreAsync(_backup, CancellationToken.None);

        await using var restored = new OpenCityServer(new Dictionary<string, string?>(settings) { ["OpenCity:Database:SeedOnStartup"] = "false" });
        for (var i = 0; i < Queries.Length; i++)
        {
            Assert.Equal(expected[i], (await restored.QueryDataAsync(Queries[i])).ToJsonString());
        }
    }
}
