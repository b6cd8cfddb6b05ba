using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenCity.Data.Seeding;
using OpenCity.Data.Seeding.Loading;

namespace OpenCity.Data.Sqlite;

/// <summary>
/// Loads a city into SQLite in a single transaction with one prepared INSERT per table. Secondary
/// indexes are dropped first and rebuilt at the end: building an index from sorted data is far
/// cheaper than keeping it up to date row by row.
/// </summary>
public sealed class SqliteDemoCityLoader(IDbContextFactory<OpenCityDbContext> contextFactory) : IDemoCityLoader
{
    private const int ProgressInterval = 10_000;

    /// <summary>A page cache large enough to hold a medium city's hot pages while loading (64 MiB).</summary>
    private const int LoadCacheKibibytes = 65_536;

    public async Task LoadAsync(DemoCity city, IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        Execute(connection, null, $"PRAGMA cache_size = -{LoadCacheKibibytes}");
        try
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var tables = DemoCityTables.InLoadOrder(city, context.Model)
                .Select(t => t.In(ExistingColumns(connection, transaction, t.Name))).OfType<LoadTable>().ToList();
            var indexes = DropIndexes(connection, transaction, tables.Select(t => t.Name));
            foreach (var table in tables)
            {
                Insert(connection, transaction, table, progress, cancellationToken);
            }

            foreach (var createIndex in indexes)
            {
                Execute(connection, transaction, createIndex);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            Execute(connection, null, "PRAGMA cache_size = -2000");
        }
    }

    private static HashSet<string> ExistingColumns(SqliteConnection connection, SqliteTransaction transaction, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT name FROM pragma_table_info($table)";
        command.Parameters.AddWithValue("$table", table);
        using var reader = command.ExecuteReader();
        var columns = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    /// <summary>Drops the tables' secondary indexes and returns the statements that recreate them.</summary>
    private static List<string> DropIndexes(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<string> tables)
    {
        var indexes = new List<(string Name, string Sql)>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = $table";
            var table = command.Parameters.Add("$table", SqliteType.Text);
            foreach (var name in tables)
            {
                table.Value = name;
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    indexes.Add((reader.GetString(0), reader.GetString(1)));
                }
            }
        }

        foreach (var (name, _) in indexes)
        {
            Execute(connection, transaction, $"DROP INDEX \"{name}\"");
        }

        return [.. indexes.Select(i => i.Sql)];
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Insert(
        SqliteConnection connection,
        SqliteTransaction transaction,
        LoadTable table,
        IProgress<SeedProgress>? progress,
        CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = table.Columns.Select((_, i) => $"$p{i}").ToList();
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({table.QuotedColumnList}) VALUES ({string.Join(", ", names)})";
        var parameters = table.Columns
            .Select((column, i) => column.TypeMapping.CreateParameter(command, names[i], value: null))
            .ToArray();
        command.Parameters.AddRange(parameters);
        command.Prepare();

        var written = 0L;
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = table.Columns[i].GetProviderValue(row) ?? DBNull.Value;
            }

            // Microsoft.Data.Sqlite does no asynchronous I/O; the synchronous call saves a task per row.
            command.ExecuteNonQuery();
            if (++written % ProgressInterval == 0 && written < table.Rows.Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new SeedProgress(table.Name, written, table.Rows.Count));
            }
        }

        progress?.Report(new SeedProgress(table.Name, written, table.Rows.Count));
    }
}
