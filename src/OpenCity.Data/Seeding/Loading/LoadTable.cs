using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OpenCity.Data.Seeding.Loading;

/// <summary>The rows of one entity type to load, with the table and columns they go to.</summary>
internal sealed class LoadTable(IEntityType entityType, IReadOnlyList<object> rows)
{
    public string Name { get; } = entityType.GetTableName()!;

    public IReadOnlyList<LoadColumn> Columns { get; } = [.. entityType.GetProperties().Select(p => new LoadColumn(p))];

    public string KeyColumn { get; } = entityType.FindPrimaryKey()!.Properties.Single().GetColumnName();

    public IReadOnlyList<object> Rows { get; } = rows;

    /// <summary>The column list, quoted, for INSERT and COPY statements.</summary>
    public string QuotedColumnList => string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));
}
