using Microsoft.Data.Sqlite;

namespace OpenCity.Data.Backup;

/// <summary>SQLite's online backup API: page by page, a consistent snapshot, readers and writers carry on.</summary>
internal static class SqliteBackup
{
    public static async Task BackupAsync(string connectionString, string file, CancellationToken cancellationToken)
    {
        // Written beside the target and moved into place, so a failed backup never leaves half a file under its name.
        var partial = file + ".partial";
        File.Delete(partial);
        try
        {
            await using (var source = new SqliteConnection(connectionString))
            await using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
            {
                await source.OpenAsync(cancellationToken);
                await target.OpenAsync(cancellationToken);
                source.BackupDatabase(target);
            }

            File.Move(partial, file, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    public static async Task RestoreAsync(string connectionString, string file, CancellationToken cancellationToken)
    {
        await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await source.OpenAsync(cancellationToken);
        await using (var check = source.CreateCommand())
        {
            check.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'components'";
            if (Convert.ToInt64(await ExecuteScalarAsync(check, file, cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                throw new InvalidOperationException($"'{file}' is a SQLite database but not an OpenCity backup (it has no components table).");
            }
        }

        await using var target = new SqliteConnection(connectionString);
        await target.OpenAsync(cancellationToken);
        source.BackupDatabase(target);
    }

    private static async Task<object?> ExecuteScalarAsync(SqliteCommand command, string file, CancellationToken cancellationToken)
    {
        try
        {
            return await command.ExecuteScalarAsync(cancellationToken);
        }
        catch (SqliteException exception)
        {
            throw new InvalidOperationException($"'{file}' is not a SQLite backup: {exception.Message}", exception);
        }
    }
}
