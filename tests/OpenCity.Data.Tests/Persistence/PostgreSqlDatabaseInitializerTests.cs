using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.Data.PostgreSql;

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

    [Fact]
    public async Task A_database_made_before_the_case_folded_indexes_gets_them_and_pg_trgm()
    {
        var initializer = Services.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync(CancellationToken.None);
        await using var context = CreateContext();
        var expected = PostgreSqlCaseInsensitiveIndexes.Indexes(context.Model).Select(i => i.Name).Order(StringComparer.Ordinal).ToList();
        await context.Database.ExecuteSqlRawAsync("DROP EXTENSION pg_trgm CASCADE");
        foreach (var name in expected)
        {
#pragma warning disable EF1002 // names from the model
            await context.Database.ExecuteSqlRawAsync($"DROP INDEX IF EXISTS \"{name}\"");
#pragma warning restore EF1002
        }

        await initializer.InitializeAsync(CancellationToken.None);

        var indexes = await context.Database
            .SqlQueryRaw<string>("SELECT indexname AS \"Value\" FROM pg_indexes WHERE schemaname = 'public' AND indexname LIKE '%\\_folded%' ORDER BY 1")
            .ToListAsync();
        Assert.Equal(["ix_components_code_folded", "ix_components_name_folded", "ix_components_name_folded_trgm",
            "ix_governance_units_name_folded", "ix_governance_units_name_folded_trgm"], expected);
        Assert.Equal(expected, indexes.Order(StringComparer.Ordinal));
    }

    protected override async Task<IReadOnlyDictionary<string, string?>> CreateDatabaseAsync() =>
        new Dictionary<string, string?>
        {
            ["OpenCity:Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:OpenCity"] = await PostgreSqlTestServer.CreateDatabaseAsync(_databaseName),
        };
}
