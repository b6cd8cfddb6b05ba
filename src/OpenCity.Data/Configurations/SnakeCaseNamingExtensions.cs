using System.Text;
using Microsoft.EntityFrameworkCore;

namespace OpenCity.Data.Configurations;

/// <summary>
/// Names tables, columns, keys and indexes in snake_case on every provider
/// (<c>governance_units.area_square_meters</c>), so that hand-written SQL reads naturally.
/// </summary>
internal static class SnakeCaseNamingExtensions
{
    private const int MaxIdentifierLength = 63;

    /// <summary>Renames everything already in the model; call it last in <c>OnModelCreating</c>.</summary>
    public static ModelBuilder UseSnakeCaseNames(this ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            var table = ToSnakeCase(entityType.GetTableName() ?? entityType.ClrType.Name);
            entityType.SetTableName(table);

            foreach (var property in entityType.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.Name));
            }

            foreach (var key in entityType.GetKeys())
            {
                key.SetName(key.IsPrimaryKey()
                    ? $"pk_{table}"
                    : $"ak_{table}_{ColumnList(key.Properties.Select(p => p.Name))}");
            }

            foreach (var foreignKey in entityType.GetForeignKeys())
            {
                var principal = ToSnakeCase(foreignKey.PrincipalEntityType.GetTableName() ?? foreignKey.PrincipalEntityType.ClrType.Name);
                foreignKey.SetConstraintName(Identifier($"fk_{table}_{principal}_{ColumnList(foreignKey.Properties.Select(p => p.Name))}"));
            }

            foreach (var index in entityType.GetIndexes())
            {
                index.SetDatabaseName(Identifier($"ix_{table}_{ColumnList(index.Properties.Select(p => p.Name))}"));
            }
        }

        return modelBuilder;
    }

    /// <summary>A name as PostgreSQL keeps it (it cuts identifiers to 63 bytes), so that the model names what the database has.</summary>
    private static string Identifier(string name) => name.Length <= MaxIdentifierLength ? name : name[..MaxIdentifierLength];

    internal static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                // A new word starts at an upper-case letter after a lower-case one or a digit,
                // or at the last capital of an acronym followed by a lower-case letter (GISData → gis_data).
                var startsWord = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])
                    || (char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1])));
                if (startsWord)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string ColumnList(IEnumerable<string> propertyNames) => string.Join('_', propertyNames.Select(ToSnakeCase));
}
