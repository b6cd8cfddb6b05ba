using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenCity.Data;

namespace OpenCity.Benchmarks;

/// <summary>
/// The same data services the server uses, pointed at a throw-away database: a PostgreSQL
/// database named <c>opencity_bench</c> on the server of <c>OPENCITY_BENCH_POSTGRES</c> (the test
/// command's server by default), or a SQLite file in the temp folder.
/// </summary>
public static class BenchmarkDatabases
{
    public const string DefaultPostgresServer = "Host=127.0.0.1;Port=5432;Username=opencity;Password=opencity;Database=postgres";

    public static async Task<IServiceProvider> PostgreSqlAsync(string database)
    {
        var server = Environment.GetEnvironmentVariable("OPENCITY_BENCH_POSTGRES") is { Length: > 0 } configured ? configured : DefaultPostgresServer;
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return await BuildAsync("PostgreSql", new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString);
    }

    public static Task<IServiceProvider> SqliteAsync(string file)
    {
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }

        return BuildAsync("Sqlite", $"Data Source={file}");
    }

    private static async Task<IServiceProvider> BuildAsync(string provider, string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenCity:Database:Provider"] = provider,
            ["OpenCity:Database:SeedOnStartup"] = "false",
            ["ConnectionStrings:OpenCity"] = connectionString,
        });
        builder.AddOpenCityData();
        var services = builder.Build().Services;
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        return services;
    }
}
