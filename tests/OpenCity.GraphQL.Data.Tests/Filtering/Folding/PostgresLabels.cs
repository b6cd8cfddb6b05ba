using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Filtering.Folding;

public sealed class PostgresLabels : LabelDatabase
{
    public override string Provider => "PostgreSQL";

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
    }

    protected override Task<DbContextOptions<LabelContext>> CreateOptionsAsync()
    {
        var server = Environment.GetEnvironmentVariable("OPENCITY_TEST_POSTGRES") is { Length: > 0 } configured ? configured : PostgresLibrary.DefaultServer;
        var database = new NpgsqlConnectionStringBuilder(server) { Database = $"labels_{Guid.NewGuid():N}" }.ConnectionString;
        return Task.FromResult(new DbContextOptionsBuilder<LabelContext>().UseNpgsql(database).Options);
    }
}
