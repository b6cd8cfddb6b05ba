using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;
using OpenCity.Data.Seeding;
using OpenCity.Data.Seeding.Loading;

namespace OpenCity.Data.PostgreSql;

/// <summary>
/// Loads a city into PostgreSQL with binary COPY, one stream per table in a single transaction,
/// with indexes and foreign keys rebuilt after the data (<see cref="DeferredIndexes"/>); then moves
/// the identity sequences past the loaded ids and refreshes the planner's statistics.
/// </summary>
public sealed class PostgreSqlDemoCityLoader(NpgsqlDataSource dataSource, IDbContextFactory<OpenCityDbContext> contextFactory)
    : IDemoCityLoader
{
    private const int ProgressInterval = 10_000;

    /// <summary>Memory for rebuilding the indexes after the load; the default 64 MB spills a medium city's GiST builds to disk.</summary>
    private const string IndexBuildMemory = "256MB";

    public async Task LoadAsync(DemoCity city, IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
    {
        List<LoadTable> tables = [];
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var context = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            foreach (var table in DemoCityTables.InLoadOrder(city, context.Model))
            {
                if (table.In(await ExistingColumnsAsync(connection, table.Name, cancellationToken)) is { } load)
                {
                    tables.Add(load);
                }
            }
        }

        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await ExecuteAsync(connection, $"SET LOCAL maintenance_work_mem = '{IndexBuildMemory}'", cancellationToken);
            var deferred = await DeferredIndexes.DropAsync(connection, tables.Select(t => t.Name), cancellationToken);
            foreach (var table in tables)
            {
                await CopyAsync(connection, table, progress, cancellationToken);
                await ResetIdentityAsync(connection, table, cancellationToken);
            }

            await deferred.RestoreAsync(connection, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await ExecuteAsync(connection, $"ANALYZE {string.Join(", ", tables.Select(t => $"\"{t.Name}\""))}", cancellationToken);
    }

    private static async Task<HashSet<string>> ExistingColumnsAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1", connection);
        command.Parameters.AddWithValue(table);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task CopyAsync(
        NpgsqlConnection connection,
        LoadTable table,
        IProgress<SeedProgress>? progress,
        CancellationToken cancellationToken)
    {
        var types = table.Columns.Select(c => DbTypeOf(c.TypeMapping.StoreType, c.ProviderClrType)).ToArray();
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY \"{table.Name}\" ({table.QuotedColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);

        var written = 0L;
        foreach (var row in table.Rows)
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < types.Length; i++)
            {
                var value = table.Columns[i].GetProviderValue(row);
                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, types[i], cancellationToken);
                }
            }

            if (++written % ProgressInterval == 0 && written < table.Rows.Count)
            {
                progress?.Report(new SeedProgress(table.Name, written, table.Rows.Count));
            }
        }

        await importer.CompleteAsync(cancellationToken);
        progress?.Report(new SeedProgress(table.Name, written, table.Rows.Count));
    }

    /// <summary>Explicit ids bypass the identity sequence; move it past them so that later inserts get fresh ids.</summary>
    private static async Task ResetIdentityAsync(NpgsqlConnection connection, LoadTable table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            SELECT setval(pg_get_serial_sequence('"{table.Name}"', '{table.KeyColumn}'), COALESCE(MAX("{table.KeyColumn}"), 0) + 1, false)
            FROM "{table.Name}"
            """,
            connection);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>
    /// Binary COPY needs each value's exact wire type. EF's mapping knows the store type; this
    /// turns it into Npgsql's enum, failing loudly for a type the twin does not use yet.
    /// </summary>
    private static NpgsqlDbType DbTypeOf(string storeType, Type providerClrType) => providerClrType switch
    {
        _ when storeType == "jsonb" => NpgsqlDbType.Jsonb,
        _ when typeof(Geometry).IsAssignableFrom(providerClrType) => NpgsqlDbType.Geometry,
        _ when providerClrType == typeof(long) => NpgsqlDbType.Bigint,
        _ when providerClrType == typeof(int) => NpgsqlDbType.Integer,
        _ when providerClrType == typeof(double) => NpgsqlDbType.Double,
        _ when providerClrType == typeof(bool) => NpgsqlDbType.Boolean,
        _ when providerClrType == typeof(string) => NpgsqlDbType.Text,
        _ when providerClrType == typeof(DateTime) => NpgsqlDbType.TimestampTz,
        _ when providerClrType == typeof(DateOnly) => NpgsqlDbType.Date,
        _ when storeType == "text[]" => NpgsqlDbType.Array | NpgsqlDbType.Text,
        _ => throw new NotSupportedException($"No COPY mapping for {providerClrType.Name} stored as {storeType}."),
    };
}
