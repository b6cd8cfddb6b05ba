using System.Text.Json;
using Npgsql;

namespace OpenCity.Benchmarks.Queries;

/// <summary>
/// The streetlight page of <see cref="QueryBenchmarks"/> the plain way: one hand-written SELECT
/// through Npgsql, serialized with System.Text.Json. Same filter as the server (public assets
/// only), same order (installed_on with NULLs last, then id), written as the keyset index
/// ix_components_keyset_kind_status_installed_on expects so that both read the same index.
/// </summary>
public sealed class RawComponentPage(NpgsqlDataSource dataSource)
{
    private const string Sql = """
        SELECT code, name, kind, status, installed_on
        FROM components
        WHERE sensitivity = 'Public' AND kind = $1 AND status = $2
        ORDER BY installed_on IS NULL, installed_on, id
        LIMIT 50
        """;

    public async Task<List<ComponentRow>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = "Streetlight" });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = "Operational" });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<ComponentRow>(50);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new ComponentRow(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4)));
        }

        return rows;
    }

    public async Task<byte[]> ReadJsonAsync(CancellationToken cancellationToken) =>
        JsonSerializer.SerializeToUtf8Bytes(new { nodes = await ReadAsync(cancellationToken) });
}
