namespace OpenCity.Data.Seeding.Loading;

/// <summary>How far the loading of one table has come.</summary>
/// <param name="Table">The table's name in the database, e.g. <c>components</c>.</param>
/// <param name="RowsWritten">Rows of that table written so far.</param>
/// <param name="TotalRows">Rows of that table to write in all.</param>
public sealed record SeedProgress(string Table, long RowsWritten, long TotalRows);
