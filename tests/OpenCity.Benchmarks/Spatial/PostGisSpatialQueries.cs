using NetTopologySuite.Geometries;
using Npgsql;

namespace OpenCity.Benchmarks.Spatial;

/// <summary>The baselines in PostGIS SQL, as one would write them by hand: ST_Within on geometry, KNN on geography.</summary>
public sealed class PostGisSpatialQueries(string connectionString) : RawSpatialQueries
{
    private readonly NpgsqlDataSource _dataSource = new NpgsqlDataSourceBuilder(connectionString).UseNetTopologySuite().Build();

    public override async Task<List<SpatialRow>> WithinAsync(Geometry area, int limit, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            "SELECT code, name, kind FROM components WHERE sensitivity = 'Public' AND ST_Within(geometry, $1) ORDER BY id LIMIT $2");
        command.Parameters.Add(new NpgsqlParameter<Geometry> { TypedValue = area });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        return await ReadAsync(command, cancellationToken);
    }

    public override async Task<List<SpatialRow>> NearestAsync(Point point, int count, double maxMeters, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("""
            SELECT code, name, kind, distance FROM (
              SELECT code, name, kind, ST_Distance(geometry::geography, $1::geography) AS distance
              FROM components WHERE sensitivity = 'Public'
              ORDER BY geometry::geography <-> $1::geography LIMIT $2) AS nearest
            WHERE distance <= $3 ORDER BY distance
            """);
        command.Parameters.Add(new NpgsqlParameter<Geometry> { TypedValue = point });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = count });
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = maxMeters });
        return await ReadAsync(command, cancellationToken);
    }

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
