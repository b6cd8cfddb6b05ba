using System.Data.Common;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace OpenCity.Benchmarks.Spatial;

/// <summary>
/// The spatial queries of <see cref="SpatialBenchmarks"/> written by hand in each database's SQL,
/// read with plain ADO.NET and serialized with System.Text.Json: the baselines.
/// </summary>
public abstract class RawSpatialQueries : IAsyncDisposable
{
    /// <summary>The public components inside <paramref name="area"/>, by id, at most <paramref name="limit"/>.</summary>
    public abstract Task<List<SpatialRow>> WithinAsync(Geometry area, int limit, CancellationToken cancellationToken);

    /// <summary>The <paramref name="count"/> public components nearest to <paramref name="point"/> within <paramref name="maxMeters"/>, with their distances.</summary>
    public abstract Task<List<SpatialRow>> NearestAsync(Point point, int count, double maxMeters, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    public static byte[] Json(List<SpatialRow> rows) => JsonSerializer.SerializeToUtf8Bytes(new { nodes = rows });

    protected static async Task<List<SpatialRow>> ReadAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<SpatialRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new SpatialRow(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.FieldCount > 3 ? reader.GetDouble(3) : null));
        }

        return rows;
    }
}
