using Npgsql;

namespace OpenCity.Server.Tests.Infrastructure;

/// <summary>
/// A fresh, uniquely named PostgreSQL database for one test class, dropped afterwards. The
/// server is taken from <c>OPENCITY_TEST_POSTGRES</c> (the test command starts one); when none
/// answers, the test fails: PostGIS tests are never skipped.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    public const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=opencity;Password=opencity;Database=postgres";

    private readonly string _adminConnectionString;

    private PostgresDatabase(string adminConnectionString, string name)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>The locale of the parity tests' second PostgreSQL database: one that does not sort by code point.</summary>
    public const string EnUsLocale = "en_US.UTF-8";

    /// <summary>Creates the database, with the server's default locale or the one given (from template0, which any locale may copy).</summary>
    public static async Task<PostgresDatabase> CreateAsync(string? locale = null)
    {
        var server = Environment.GetEnvironmentVariable("OPENCITY_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultServer;
        var database = new PostgresDatabase(server, $"opencity_test_{Guid.NewGuid():N}");
        await using var connection = new NpgsqlConnection(server);
        try
        {
            await connection.OpenAsync();
        }
        catch (Exception exception) when (exception is NpgsqlException or System.Net.Sockets.SocketException)
        {
            throw new InvalidOperationException(
                $"PostgreSQL/PostGIS is not reachable at '{connection.Host}:{connection.Port}'. Run the tests with tests/run.sh, which starts it.",
                exception);
        }

        var create = locale is null
            ? $"CREATE DATABASE \"{database.Name}\""
            : $"CREATE DATABASE \"{database.Name}\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE '{locale}' LC_CTYPE '{locale}'";
        await using var command = new NpgsqlCommand(create, connection);
        await command.ExecuteNonQueryAsync();
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
