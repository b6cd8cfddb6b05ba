using Microsoft.EntityFrameworkCore;

namespace OpenCity.Data.PostgreSql;

/// <summary>
/// Text compared and sorted by code point on PostgreSQL, as SQLite's default <c>BINARY</c> does:
/// every text column gets <c>COLLATE "C"</c>, so an answer's order does not depend on the
/// locale the cluster or database was created with, and the B-tree indexes (created on the
/// columns, so in their collation) still serve <c>ORDER BY</c>, keyset comparisons and prefix <c>LIKE</c>.
/// </summary>
internal static class OrdinalTextModelBuilderExtensions
{
    public const string Collation = "C";

    public static ModelBuilder UseOrdinalText(this ModelBuilder modelBuilder)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties()))
        {
            // Enums stored by name are text too (sorting by kind or status); jsonb has no collation.
            var stored = property.GetProviderClrType() ?? property.GetValueConverter()?.ProviderClrType ?? property.ClrType;
            if (stored == typeof(string) && property.GetColumnType() is not "jsonb")
            {
                property.SetCollation(Collation);
            }
        }

        return modelBuilder;
    }
}
