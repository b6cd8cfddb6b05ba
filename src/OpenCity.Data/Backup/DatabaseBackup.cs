namespace OpenCity.Data.Backup;

/// <summary>
/// Backs the configured database up to one file and restores it from one: SQLite through its
/// online backup API (a consistent copy while the server keeps running), PostgreSQL through
/// <c>pg_dump</c>/<c>pg_restore</c> in their custom format.
/// </summary>
public sealed class DatabaseBackup(DatabaseProvider provider, string? connectionString)
{
    public Task BackupAsync(string file, CancellationToken cancellationToken) => provider switch
    {
        DatabaseProvider.Sqlite => SqliteBackup.BackupAsync(SqliteConnectionString, Path.GetFullPath(file), cancellationToken),
        DatabaseProvider.PostgreSql => PostgreSqlBackup.BackupAsync(PostgreSqlConnectionString, Path.GetFullPath(file), cancellationToken),
        _ => throw new InvalidOperationException($"Unknown database provider '{provider}'."),
    };

    /// <summary>Replaces the database's contents with the backup's.</summary>
    public Task RestoreAsync(string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            throw new InvalidOperationException($"The backup file '{Path.GetFullPath(file)}' does not exist.");
        }

        return provider switch
        {
            DatabaseProvider.Sqlite => SqliteBackup.RestoreAsync(SqliteConnectionString, Path.GetFullPath(file), cancellationToken),
            DatabaseProvider.PostgreSql => PostgreSqlBackup.RestoreAsync(PostgreSqlConnectionString, Path.GetFullPath(file), cancellationToken),
            _ => throw new InvalidOperationException($"Unknown database provider '{provider}'."),
        };
    }

    private string SqliteConnectionString =>
        string.IsNullOrWhiteSpace(connectionString) ? DatabaseOptions.DefaultSqliteConnectionString : connectionString;

    private string PostgreSqlConnectionString => string.IsNullOrWhiteSpace(connectionString)
        ? throw new InvalidOperationException($"OpenCity:Database:Provider is PostgreSql but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set.")
        : connectionString;
}
