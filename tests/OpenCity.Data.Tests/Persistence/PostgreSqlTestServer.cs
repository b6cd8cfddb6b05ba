using Npgsql;

namespace OpenCity.Data.Tests.Persistence;

/// <summary>
/// The PostgreSQL server the tests run against (OPENCITY_TEST_POSTGRES, or the local default),
/// and throw-away databases on it. Unreachable means failing tests, never skipped ones.
/// </summary>
internal static class PostgreSqlTestServer
{
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Username=opencity;Password=opencity;Database=postgres";

    public static string AdminConnectionString { get; } =
        Environment.GetEnvironmentVariable("OPENCITY_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultConnectionString;

    /// <summary>Creates an empty database (no PostGIS: the initializer must add it) and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string name)
    {
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Creates an empty database with the locale given (from template0, which any locale may copy).</summary>
    public static async Task<string> CreateDatabaseAsync(string name, string locale)
    {
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE '{locale}' LC_CTYPE '{locale}'");
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    public static string NewDatabaseName() => $"opencity_test_{Guid.NewGuid():N}";

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
