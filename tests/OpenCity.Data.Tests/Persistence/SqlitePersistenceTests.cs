using Microsoft.EntityFrameworkCore;

namespace OpenCity.Data.Tests.Persistence;

public sealed class SqlitePersistenceTests(SqliteDatabaseFixture fixture)
    : PersistenceTests(fixture.Services), IClassFixture<SqliteDatabaseFixture>
{
    [Fact]
    public async Task Tables_and_columns_are_snake_case()
    {
        await using var context = CreateContext();
        var columns = await context.Database
            .SqlQueryRaw<string>("SELECT name AS \"Value\" FROM pragma_table_info('governance_units') ORDER BY name")
            .ToListAsync();

        Assert.Equal(["area_square_meters", "boundary", "centroid", "code", "id", "level", "name", "parent_id", "path"], columns);
    }

    [Fact]
    public async Task Geometries_are_stored_as_plain_wkb_blobs()
    {
        await using var context = CreateContext();
        var blob = await context.Database
            .SqlQueryRaw<byte[]>("SELECT geometry AS \"Value\" FROM components WHERE id = 11")
            .SingleAsync();

        Assert.Equal(Wkb(TestCity.Create().Components.Single(c => c.Id == 11).Geometry), blob);
    }

    [Fact]
    public async Task Connections_use_wal_and_enforce_foreign_keys()
    {
        await using var context = CreateContext();

        Assert.Equal("wal", await context.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync());
        Assert.Equal(1L, await context.Database.SqlQueryRaw<long>("SELECT foreign_keys AS \"Value\" FROM pragma_foreign_keys").SingleAsync());
        Assert.Equal(1L, await context.Database.SqlQueryRaw<long>("SELECT synchronous AS \"Value\" FROM pragma_synchronous").SingleAsync());
    }

    [Fact]
    public async Task Indexes_are_rebuilt_after_the_load()
    {
        await using var context = CreateContext();
        var indexes = await context.Database
            .SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
            .ToListAsync();

        Assert.Equal(ModelIndexNames(context), indexes.Order(StringComparer.Ordinal));
    }
}
