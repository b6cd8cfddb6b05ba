using Npgsql;

namespace OpenCity.Data.PostgreSql;

/// <summary>
/// Takes the secondary indexes and foreign keys off tables for a bulk load and puts them back
/// afterwards: building a GiST or B-tree index once over the loaded rows, and validating a foreign
/// key with one join, is many times faster than maintaining them row by row during COPY.
/// Runs inside the caller's transaction, so a failed load leaves the schema untouched.
/// </summary>
internal sealed class DeferredIndexes
{
    private const string DefinitionsSql =
        """
        SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname),
               format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)),
               1
        FROM pg_constraint c
        WHERE c.contype = 'f' AND c.conrelid = ANY(@tables::regclass[])
        UNION ALL
        SELECT format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid), 2
        FROM pg_index i
        WHERE i.indrelid = ANY(@tables::regclass[]) AND NOT i.indisprimary
        ORDER BY 3
        """;

    private readonly List<string> _restore;

    private DeferredIndexes(List<string> restore) => _restore = restore;

    /// <summary>Drops foreign keys, then indexes, remembering how to recreate them.</summary>
    public static async Task<DeferredIndexes> DropAsync(NpgsqlConnection connection, IEnumerable<string> tables, CancellationToken cancellationToken)
    {
        var statements = new List<(string Drop, string Create)>();
        await using (var command = new NpgsqlCommand(DefinitionsSql, connection))
        {
            command.Parameters.AddWithValue("tables", tables.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                statements.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (drop, _) in statements)
        {
            await ExecuteAsync(connection, drop, cancellationToken);
        }

        // Recreate in reverse: indexes first, then the foreign keys.
        return new DeferredIndexes([.. statements.Select(s => s.Create).Reverse()]);
    }

    public async Task RestoreAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        foreach (var create in _restore)
        {
            await ExecuteAsync(connection, create, cancellationToken);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
