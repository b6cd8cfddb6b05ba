using Microsoft.EntityFrameworkCore;
using OpenCity.Data.PostgreSql;
using OpenCity.Geospatial.PostGis;

namespace OpenCity.Data.Tests.Persistence;

public sealed class PostgreSqlPersistenceTests(PostgreSqlDatabaseFixture fixture)
    : PersistenceTests(fixture.Services), IClassFixture<PostgreSqlDatabaseFixture>
{
    [Fact]
    public async Task Geometry_columns_are_typed_postgis_columns_in_srid_4326()
    {
        await using var context = CreateContext();
        var columns = await context.Database
            .SqlQueryRaw<string>(
                """
                SELECT f_table_name || '.' || f_geometry_column || ' ' || type || ' ' || srid AS "Value"
                FROM geometry_columns WHERE f_table_schema = 'public' ORDER BY 1
                """)
            .ToListAsync();

        Assert.Equal(
            [
                "components.geometry GEOMETRY 4326",
                "governance_units.boundary MULTIPOLYGON 4326",
                "governance_units.centroid POINT 4326",
                "responsibility_areas.area MULTIPOLYGON 4326",
                "service_request_submissions.location POINT 4326",
                "service_requests.location POINT 4326",
                "service_requests.public_location POINT 4326",
            ],
            columns);
    }

    [Fact]
    public async Task Every_geometry_column_has_a_gist_index()
    {
        await using var context = CreateContext();
        var unindexed = await context.Database
            .SqlQueryRaw<string>(
                """
                SELECT g.f_table_name || '.' || g.f_geometry_column AS "Value"
                FROM geometry_columns g
                WHERE g.f_table_schema = 'public' AND NOT EXISTS (
                    SELECT 1 FROM pg_indexes i
                    WHERE i.tablename = g.f_table_name
                      AND i.indexdef LIKE '%USING gist (' || g.f_geometry_column || ')%')
                """)
            .ToListAsync();

        Assert.Empty(unindexed);
    }

    [Fact]
    public async Task Attributes_are_jsonb_and_keywords_a_text_array()
    {
        await using var context = CreateContext();
        var types = await context.Database
            .SqlQueryRaw<string>(
                """
                SELECT table_name || '.' || column_name || ' ' || udt_name AS "Value"
                FROM information_schema.columns
                WHERE (table_name, column_name) IN (('components', 'attributes'), ('datasets', 'keywords'), ('governance_units', 'area_square_meters'))
                ORDER BY 1
                """)
            .ToListAsync();

        Assert.Equal(["components.attributes jsonb", "datasets.keywords _text", "governance_units.area_square_meters float8"], types);
        var wattage = await context.Database
            .SqlQueryRaw<int>("SELECT (attributes ->> 'wattage')::int AS \"Value\" FROM components WHERE id = 10")
            .SingleAsync();
        Assert.Equal(40, wattage);
    }

    [Fact]
    public async Task Every_text_column_compares_by_code_point_whatever_the_database_locale()
    {
        await using var context = CreateContext();
        var columns = await context.Database
            .SqlQueryRaw<string>(
                """
                SELECT table_name || '.' || column_name || ' ' || coalesce(collation_name, '(database default)') AS "Value"
                FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name NOT IN ('spatial_ref_sys', '__EFMigrationsHistory') AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE') AND data_type IN ('text', 'character varying')
                ORDER BY 1
                """)
            .ToListAsync();

        Assert.Contains("components.name C", columns);
        Assert.Contains("components.kind C", columns);
        Assert.All(columns, column => Assert.EndsWith(" C", column, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Indexes_and_foreign_keys_are_rebuilt_after_the_load()
    {
        await using var context = CreateContext();
        var indexes = await context.Database
            .SqlQueryRaw<string>("SELECT indexname AS \"Value\" FROM pg_indexes WHERE schemaname = 'public' AND indexname LIKE 'ix\\_%' ORDER BY 1")
            .ToListAsync();
        var foreignKeys = await context.Database
            .SqlQueryRaw<string>("SELECT conname::text AS \"Value\" FROM pg_constraint WHERE contype = 'f' AND convalidated ORDER BY 1")
            .ToListAsync();

        Assert.Equal(
            ModelIndexNames(context)
                .Concat(PostGisGeographyIndexes.Indexes(context.Model).Concat(PostgreSqlCaseInsensitiveIndexes.Indexes(context.Model)).Select(i => i.Name))
                .Order(StringComparer.Ordinal),
            indexes.Order(StringComparer.Ordinal));
        // Every relationship of the model has its constraint, but readings' (migration ReadingsWithoutForeignKey).
        Assert.Equal(
            context.Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()).Select(f => f.GetConstraintName()!)
                .Where(name => name != "fk_readings_components_component_id").Order(StringComparer.Ordinal),
            foreignKeys.Order(StringComparer.Ordinal));
    }
}
