using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace OpenCity.Data.Tests.Persistence;

public sealed class PostgreSqlDatabaseInitializerTests : DatabaseInitializerTests
{
    private readonly string _databaseName = PostgreSqlTestServer.NewDatabaseName();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await PostgreSqlTestServer.DropDatabaseAsync(_databaseName);
    }

    [Fact]
    public async Task An_index_added_to_an_existing_database_comes_with_planner_statistics()
    {
        var initializer = Services.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync(CancellationToken.None);
        await using var context = CreateContext();
        await context.Database.ExecuteSqlRawAsync("DROP INDEX ix_components_geometry_geography");

        await initializer.InitializeAsync(CancellationToken.None);

        var statistics = await context.Database
            .SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM pg_stats WHERE tablename = 'ix_components_geometry_geography'")
            .SingleAsync();
        Assert.True(statistics > 0, "the recreated expression index has no statistics");
    }

    protected override async Task<IReadOnlyDictionary<string, string?>> CreateDatabaseAsync() =>
        new Dictionary<string, string?>
        {
            ["OpenCity:Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:OpenCity"] = await PostgreSqlTestServer.CreateDatabaseAsync(_databaseName),
        };
}
