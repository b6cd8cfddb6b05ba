using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace OpenCity.GraphQL.Data.Tests.Library;

public sealed class PostgresLibrary : LibraryDatabase
{
    public const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=opencity;Password=opencity;Database=postgres";

    public override string Provider => "PostgreSQL";

    protected override async Task<DbContextOptions<LibraryContext>> CreateOptionsAsync()
    {
        var server = Environment.GetEnvironmentVariable("OPENCITY_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultServer;
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(); // throws when PostgreSQL is not running: the test fails
        }

        var database = new NpgsqlConnectionStringBuilder(server) { Database = $"library_{Guid.NewGuid():N}" }.ConnectionString;
        return new DbContextOptionsBuilder<LibraryContext>().UseNpgsql(database).Options;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
    }
}
