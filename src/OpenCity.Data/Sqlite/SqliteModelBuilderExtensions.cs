using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NetTopologySuite.Geometries;
using OpenCity.Domain.Governance;

namespace OpenCity.Data.Sqlite;

/// <summary>The SQLite specifics of the model: geometries as WKB blobs, UTC date-times, an indexable path.</summary>
internal static class SqliteModelBuilderExtensions
{
    public static ModelBuilder UseOpenCitySqlite(this ModelBuilder modelBuilder)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (typeof(Geometry).IsAssignableFrom(property.ClrType))
            {
                property.SetValueConverter((ValueConverter)Activator.CreateInstance(
                    typeof(WkbGeometryConverter<>).MakeGenericType(property.ClrType))!);
                property.SetValueComparer((ValueComparer)Activator.CreateInstance(
                    typeof(GeometryValueComparer<>).MakeGenericType(property.ClrType))!);
                property.SetColumnType("BLOB");
            }
            else if (property.ClrType == typeof(DateTime))
            {
                property.SetValueConverter(new UtcDateTimeConverter());
            }
        }

        // SQLite's LIKE is case-insensitive, so a prefix LIKE uses an index only on a NOCASE column;
        // paths hold only digits and slashes, so NOCASE changes nothing else.
        modelBuilder.Entity<GovernanceUnit>().Property(u => u.Path).UseCollation("NOCASE");
        return modelBuilder;
    }
}
