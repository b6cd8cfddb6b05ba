using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NetTopologySuite.Geometries;

namespace OpenCity.Geospatial.Sqlite;

/// <summary>Geometry columns on SQLite: stored as WKB, each with an R*Tree spatial index.</summary>
public static class SqliteSpatialModelBuilderExtensions
{
    /// <summary>The annotation on a geometry property naming the entity type of its R*Tree.</summary>
    internal const string SpatialIndexAnnotation = "OpenCity:SqliteSpatialIndex";

    /// <summary>
    /// Maps every geometry property to a WKB BLOB and, where its entity has a single integer key,
    /// gives it an R*Tree spatial index <c>{table}_{column}_rtree</c>. Call after table and
    /// column names are final. The index tables are created by the statements of
    /// <see cref="SqliteSpatialIndexes.CreateStatements"/>, not by EF Core.
    /// </summary>
    public static ModelBuilder UseSqliteSpatial(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().ToList())
        {
            foreach (var property in entityType.GetProperties().Where(p => typeof(Geometry).IsAssignableFrom(p.ClrType)).ToList())
            {
                property.SetValueConverter((ValueConverter)Activator.CreateInstance(typeof(WkbGeometryConverter<>).MakeGenericType(property.ClrType))!);
                property.SetValueComparer((ValueComparer)Activator.CreateInstance(typeof(GeometryValueComparer<>).MakeGenericType(property.ClrType))!);
                property.SetColumnType("BLOB");
                if (entityType.FindPrimaryKey()?.Properties is [{ ClrType: var keyType }] && keyType == typeof(long))
                {
                    var name = $"{entityType.GetTableName()}_{property.GetColumnName()}_rtree";
                    modelBuilder.SharedTypeEntity<SpatialIndexEntry>(name, index =>
                    {
                        index.ToTable(name, table => table.ExcludeFromMigrations());
                        index.HasKey(e => e.Id);
                        index.Property(e => e.Id).HasColumnName("id").ValueGeneratedNever();
                        index.Property(e => e.MinX).HasColumnName("min_x");
                        index.Property(e => e.MaxX).HasColumnName("max_x");
                        index.Property(e => e.MinY).HasColumnName("min_y");
                        index.Property(e => e.MaxY).HasColumnName("max_y");
                    });
                    property.SetAnnotation(SpatialIndexAnnotation, name);
                }
            }
        }

        return modelBuilder;
    }

    /// <summary>The R*Tree entity type indexing a geometry property, if it has one.</summary>
    internal static IEntityType? SpatialIndex(this IReadOnlyProperty property, IModel model) =>
        property.FindAnnotation(SpatialIndexAnnotation)?.Value is string name ? model.FindEntityType(name) : null;
}
