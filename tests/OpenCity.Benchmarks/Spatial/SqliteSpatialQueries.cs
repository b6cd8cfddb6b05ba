using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using OpenCity.Data;
using OpenCity.Geospatial.Geodesy;

namespace OpenCity.Benchmarks.Spatial;

/// <summary>
/// The baselines in SQLite SQL: the R*Tree searched by hand, the exact test with the spatial
/// functions, on a connection of the server's own context (where those functions are registered).
/// </summary>
public sealed class SqliteSpatialQueries(OpenCityDbContext context) : RawSpatialQueries
{
    private readonly SqliteConnection _connection = Open(context);

    public override async Task<List<SpatialRow>> WithinAsync(Geometry area, int limit, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT code, name, kind FROM components
            WHERE sensitivity = 'Public'
              AND id IN (SELECT id FROM components_geometry_rtree WHERE max_x >= $minx AND min_x <= $maxx AND max_y >= $miny AND min_y <= $maxy)
              AND opencity_within(geometry, $area)
            ORDER BY id LIMIT $limit
            """;
        AddBox(command, area.EnvelopeInternal);
        command.Parameters.AddWithValue("$area", Wkb(area));
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadAsync(command, cancellationToken);
    }

    /// <summary>Growing circles from 100 m, four times wider each time, as the server searches SQLite (its R*Tree cannot order by distance).</summary>
    public override async Task<List<SpatialRow>> NearestAsync(Point point, int count, double maxMeters, CancellationToken cancellationToken)
    {
        for (var radius = Math.Min(maxMeters, 100); ; radius = Math.Min(maxMeters, radius * 4))
        {
            var found = await NearestWithinAsync(point, count, radius, cancellationToken);
            if (found.Count == count || radius >= maxMeters)
            {
                return found;
            }
        }
    }

    private async Task<List<SpatialRow>> NearestWithinAsync(Point point, int count, double meters, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT code, name, kind, opencity_distance_m(geometry, $point) AS distance FROM components
            WHERE sensitivity = 'Public'
              AND id IN (SELECT id FROM components_geometry_rtree WHERE max_x >= $minx AND min_x <= $maxx AND max_y >= $miny AND min_y <= $maxy)
              AND opencity_dwithin_m(geometry, $point, $meters)
            ORDER BY distance LIMIT $count
            """;
        var box = point.EnvelopeInternal.Copy();
        var (longitude, latitude) = GeodesicDistance.PaddingDegrees(box, meters);
        box.ExpandBy(longitude, latitude);
        AddBox(command, box);
        command.Parameters.AddWithValue("$point", Wkb(point));
        command.Parameters.AddWithValue("$meters", meters);
        command.Parameters.AddWithValue("$count", count);
        return await ReadAsync(command, cancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        await context.Database.CloseConnectionAsync();
        await context.DisposeAsync();
    }

    private static SqliteConnection Open(OpenCityDbContext context)
    {
        context.Database.OpenConnection();
        return (SqliteConnection)context.Database.GetDbConnection();
    }

    private static byte[] Wkb(Geometry geometry) => new WKBWriter(ByteOrder.LittleEndian, handleSRID: false).Write(geometry);

    private static void AddBox(SqliteCommand command, Envelope box)
    {
        command.Parameters.AddWithValue("$minx", box.MinX);
        command.Parameters.AddWithValue("$maxx", box.MaxX);
        command.Parameters.AddWithValue("$miny", box.MinY);
        command.Parameters.AddWithValue("$maxy", box.MaxY);
    }
}
