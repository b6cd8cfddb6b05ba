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

    [Fact]
    public async Task Spatial_indexes_hold_the_envelope_of_every_geometry_after_the_load()
    {
        await using var context = CreateContext();
        var components = await context.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM components").SingleAsync();
        var indexed = await context.Database.SqlQueryRaw<long>(
            "SELECT COUNT(*) AS \"Value\" FROM components c JOIN components_geometry_rtree r ON r.id = c.id " +
            "WHERE r.min_x <= opencity_min_x(c.geometry) AND r.max_x >= opencity_max_x(c.geometry) " +
            "AND r.min_y <= opencity_min_y(c.geometry) AND r.max_y >= opencity_max_y(c.geometry)").SingleAsync();

        Assert.True(components > 0);
        Assert.Equal(components, indexed);
        Assert.Equal(components, await context.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM components_geometry_rtree").SingleAsync());
    }

    [Fact]
    public async Task Spatial_indexes_follow_updates_and_deletes()
    {
        await using var context = CreateContext();
        const string SameBoxes =
            "SELECT COUNT(*) AS \"Value\" FROM components_geometry_rtree a JOIN components_geometry_rtree b ON b.id = 12 " +
            "WHERE a.id = 11 AND a.min_x = b.min_x AND a.max_x = b.max_x AND a.min_y = b.min_y AND a.max_y = b.max_y";
        Assert.Equal(0, await context.Database.SqlQueryRaw<long>(SameBoxes).SingleAsync());
        await using var transaction = await context.Database.BeginTransactionAsync();
        await context.Database.ExecuteSqlRawAsync("UPDATE components SET geometry = (SELECT geometry FROM components WHERE id = 12) WHERE id = 11");
        await context.Database.ExecuteSqlRawAsync("DELETE FROM component_links WHERE from_component_id = 10 OR to_component_id = 10");
        await context.Database.ExecuteSqlRawAsync("DELETE FROM readings WHERE component_id = 10");
        await context.Database.ExecuteSqlRawAsync("DELETE FROM components WHERE id = 10");

        var moved = await context.Database.SqlQueryRaw<long>(SameBoxes).SingleAsync();
        var deleted = await context.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM components_geometry_rtree WHERE id = 10").SingleAsync();
        await transaction.RollbackAsync();

        Assert.Equal(1, moved);
        Assert.Equal(0, deleted);
    }
}
