using Microsoft.EntityFrameworkCore;
using OpenCity.Domain.Governance;

namespace OpenCity.Data.Sqlite;

/// <summary>The SQLite specifics of the model: UTC date-times, an indexable path (geometries: <c>UseSqliteSpatial</c>).</summary>
internal static class SqliteModelBuilderExtensions
{
    public static ModelBuilder UseOpenCitySqlite(this ModelBuilder modelBuilder)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (property.ClrType == typeof(DateTime))
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
