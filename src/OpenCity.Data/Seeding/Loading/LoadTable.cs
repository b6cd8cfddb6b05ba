using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OpenCity.Data.Seeding.Loading;

/// <summary>The rows of one entity type to load, with the table and columns they go to.</summary>
internal sealed class LoadTable
{
    private LoadTable(string name, IReadOnlyList<LoadColumn> columns, string keyColumn, IReadOnlyList<object> rows)
    {
        Name = name;
        Columns = columns;
        KeyColumn = keyColumn;
        Rows = rows;
    }

    public LoadTable(IEntityType entityType, IReadOnlyList<object> rows)
        : this(
            entityType.GetTableName()!,
            [.. entityType.GetProperties().Select(p => new LoadColumn(p))],
            entityType.FindPrimaryKey()!.Properties.Single().GetColumnName(),
            rows)
    {
    }

    public string Name { get; }

    public IReadOnlyList<LoadColumn> Columns { get; }

    public string KeyColumn { get; }

    public IReadOnlyList<object> Rows { get; }

    /// <summary>The column list, quoted, for INSERT and COPY statements.</summary>
    public string QuotedColumnList => string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));

    /// <summary>
    /// The load as the database can take it: only the columns its table has, or nothing when it has
    /// no such table. A database at an older migration (one about to be upgraded) then holds the city
    /// in the shape it knows, and its later migrations fill the rest with their defaults.
    /// </summary>
    public LoadTable? In(IReadOnlySet<string> existingColumns) =>
        existingColumns.Count == 0 ? null : new LoadTable(Name, [.. Columns.Where(c => existingColumns.Contains(c.Name))], KeyColumn, Rows);
}
