using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using OpenCity.Domain.Components;
using OpenCity.Domain.Governance;

namespace OpenCity.Data.PostgreSql;

/// <summary>The PostgreSQL specifics of the model: PostGIS geometry columns with GiST indexes, jsonb, an indexable path.</summary>
internal static class PostGisModelBuilderExtensions
{
    public const int Srid = 4326;

    public static ModelBuilder UseOpenCityPostGis(this ModelBuilder modelBuilder)
    {
        // pg_trgm serves the substring searches of the case-folded indexes (PostgreSqlCaseInsensitiveIndexes).
        modelBuilder.HasPostgresExtension("postgis").HasPostgresExtension("pg_trgm");

        foreach (var entityType in modelBuilder.Model.GetEntityTypes().ToList())
        {
            var geometries = entityType.GetProperties().Where(p => typeof(Geometry).IsAssignableFrom(p.ClrType)).ToList();
            foreach (var property in geometries)
            {
                // Typed columns (geometry(MultiPolygon,4326)) make PostGIS reject a wrong shape or SRID on write.
                property.SetColumnType($"geometry({property.ClrType.Name},{Srid})");
                modelBuilder.Entity(entityType.ClrType).HasIndex(property.Name).HasMethod("gist");
            }
        }

        modelBuilder.Entity<CityComponent>().Property(c => c.Attributes).HasColumnType("jsonb");

        // Under the "C" collation a plain B-tree index serves prefix LIKE on the materialised path.
        modelBuilder.Entity<GovernanceUnit>().Property(u => u.Path).UseCollation("C");

        // Every other text column too: the same order as SQLite whatever the database's locale.
        return modelBuilder.UseOrdinalText();
    }
}
