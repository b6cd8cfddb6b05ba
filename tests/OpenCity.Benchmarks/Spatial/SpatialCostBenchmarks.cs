using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.Operation.Distance;
using OpenCity.Benchmarks.Queries;
using OpenCity.Data;
using OpenCity.Data.Seeding;
using OpenCity.Domain.Governance;
using OpenCity.Geospatial.Geodesy;

namespace OpenCity.Benchmarks.Spatial;

/// <summary>
/// The spatial shapes of issue 8 before and after their cost was bounded, side by side in one run:
/// a distance filter against a 400- and a 1,000-vertex line over every component of the small
/// city on SQLite (<c>opencity_distance_m(geometry, $line) &gt; 100</c>, the old per-row algorithm
/// registered beside it as <c>opencity_distance_m_before</c>), and the metre buffer of a
/// 1,000-vertex random walk and of a MultiPoint of 500 identical points (the old buffer: the
/// whole geometry at once). Few iterations: a "before" takes seconds to a minute.
/// <c>dotnet run -c Release --project tests/OpenCity.Benchmarks -- --filter '*SpatialCost*'</c>
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SpatialCostBenchmarks
{
    private static readonly GeometryFactory Factory = Wgs84.Factory;

    private BenchmarkServer _server = null!;
    private OpenCityDbContext _context = null!;
    private SqliteConnection _connection = null!;
    private Point _centre = null!;
    private byte[] _line400 = null!;
    private byte[] _line1000 = null!;
    private LineString _walk = null!;
    private MultiPoint _identicalPoints = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await BenchmarkServer.StartAsync(BenchmarkCity.Sqlite("opencity-bench-small.db", CitySize.Small), mapBaselines: null, CancellationToken.None);
        _context = await _server.Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContextAsync();
        _centre = (Point)await _context.GovernanceUnits.Where(u => u.Level == GovernanceLevel.City).Select(u => u.Centroid).FirstAsync();
        await _context.Database.OpenConnectionAsync();
        _connection = (SqliteConnection)_context.Database.GetDbConnection();
        var before = new LastGeometries();
        _connection.CreateFunction<byte[], byte[], double>(
            "opencity_distance_m_before", (a, b) => PairwiseDistance(before.First(a), before.Second(b)), isDeterministic: true);

        var writer = new WKBWriter(ByteOrder.LittleEndian, handleSRID: false);
        _line400 = writer.Write(Walk(400, 30, seed: 1));
        _line1000 = writer.Write(Walk(1_000, 30, seed: 2));
        _walk = Walk(1_000, 50, seed: 3);
        _identicalPoints = Factory.CreateMultiPointFromCoords(Enumerable.Repeat(_centre.Coordinate, 500).ToArray());

        // Both must answer alike, or the comparison means nothing.
        var (old, now) = (Count("opencity_distance_m_before", _line400), Count("opencity_distance_m", _line400));
        Console.WriteLine($"// components more than 100 m from the 400-vertex line: {now} (before: {old})");
        if (old != now)
        {
            throw new InvalidOperationException($"The distance filters differ: {old} before, {now} after.");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _context.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "distance > 100 m, 400-vertex line: before (per-row projection, brute force)")]
    [BenchmarkCategory("distance-400")]
    public long Distance400Before() => Count("opencity_distance_m_before", _line400);

    [Benchmark(Description = "distance > 100 m, 400-vertex line: prepared once per statement")]
    [BenchmarkCategory("distance-400")]
    public long Distance400After() => Count("opencity_distance_m", _line400);

    [Benchmark(Baseline = true, Description = "distance > 100 m, 1,000-vertex line: before")]
    [BenchmarkCategory("distance-1000")]
    public long Distance1000Before() => Count("opencity_distance_m_before", _line1000);

    [Benchmark(Description = "distance > 100 m, 1,000-vertex line: prepared once per statement")]
    [BenchmarkCategory("distance-1000")]
    public long Distance1000After() => Count("opencity_distance_m", _line1000);

    [Benchmark(Baseline = true, Description = "100 m buffer of a 1,000-vertex random walk: before (whole line at once)")]
    [BenchmarkCategory("buffer-walk")]
    public Geometry BufferWalkBefore() => WholeBuffer(_walk, 100);

    [Benchmark(Description = "100 m buffer of a 1,000-vertex random walk: pieces + cascaded union")]
    [BenchmarkCategory("buffer-walk")]
    public Geometry BufferWalkAfter() => MetricBuffer.Buffer(_walk, 100);

    [Benchmark(Baseline = true, Description = "10 m buffer of 500 identical points: before")]
    [BenchmarkCategory("buffer-points")]
    public Geometry BufferPointsBefore() => WholeBuffer(_identicalPoints, 10);

    [Benchmark(Description = "10 m buffer of 500 identical points: repeated points dropped")]
    [BenchmarkCategory("buffer-points")]
    public Geometry BufferPointsAfter() => MetricBuffer.Buffer(_identicalPoints, 10);

    private long Count(string function, byte[] line)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM components WHERE {function}(geometry, $line) > 100";
        command.Parameters.AddWithValue("$line", line);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>A random walk from the city's centre with steps up to <paramref name="step"/> metres.</summary>
    private LineString Walk(int vertices, double step, int seed)
    {
        var random = new Random(seed);
        var (perLongitude, perLatitude) = Wgs84.MetresPerDegree(_centre.Y);
        var (x, y) = (_centre.X, _centre.Y);
        var coordinates = new Coordinate[vertices];
        for (var i = 0; i < vertices; i++)
        {
            coordinates[i] = new Coordinate(x, y);
            x += (random.NextDouble() - 0.5) * 2 * step / perLongitude;
            y += (random.NextDouble() - 0.5) * 2 * step / perLatitude;
        }

        return Factory.CreateLineString(coordinates);
    }

    /// <summary>The distance before: both geometries projected around their joint envelope for every row, intersects unprepared, nearest points by brute force.</summary>
    private static double PairwiseDistance(Geometry first, Geometry second)
    {
        if (first.Intersects(second))
        {
            return 0;
        }

        var envelope = first.EnvelopeInternal.Copy();
        envelope.ExpandToInclude(second.EnvelopeInternal);
        var nearest = DistanceOp.NearestPoints(ToMeters(first, envelope.Centre), ToMeters(second, envelope.Centre));
        var (from, to) = (ToDegrees(nearest[0], envelope.Centre), ToDegrees(nearest[1], envelope.Centre));
        return GeodesicDistance.Between(from.X, from.Y, to.X, to.Y);
    }

    /// <summary>The buffer before: the whole geometry buffered at once in a plane around it.</summary>
    private static Geometry WholeBuffer(Geometry geometry, double meters)
    {
        var centre = geometry.EnvelopeInternal.Centre;
        var buffered = ToMeters(geometry, centre).Buffer(meters, 16);
        var (perLongitude, perLatitude) = Wgs84.MetresPerDegree(centre.Y);
        buffered.Apply(new Mapper((x, y) => (centre.X + (x / perLongitude), centre.Y + (y / perLatitude))));
        return buffered;
    }

    private static Geometry ToMeters(Geometry geometry, Coordinate centre)
    {
        var (perLongitude, perLatitude) = Wgs84.MetresPerDegree(centre.Y);
        var copy = geometry.Copy();
        copy.Apply(new Mapper((x, y) => ((x - centre.X) * perLongitude, (y - centre.Y) * perLatitude)));
        return copy;
    }

    private static Coordinate ToDegrees(Coordinate metres, Coordinate centre)
    {
        var (perLongitude, perLatitude) = Wgs84.MetresPerDegree(centre.Y);
        return new Coordinate(centre.X + (metres.X / perLongitude), centre.Y + (metres.Y / perLatitude));
    }

    private sealed class Mapper(Func<double, double, (double X, double Y)> map) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (x, y) = map(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }

    /// <summary>The last geometry read in each argument position, as the SQLite functions keep them.</summary>
    private sealed class LastGeometries
    {
        private readonly WKBReader _reader = new();
        private (byte[] Bytes, Geometry Geometry)? _first;
        private (byte[] Bytes, Geometry Geometry)? _second;

        public Geometry First(byte[] bytes) => Read(ref _first, bytes);

        public Geometry Second(byte[] bytes) => Read(ref _second, bytes);

        private Geometry Read(ref (byte[] Bytes, Geometry Geometry)? last, byte[] bytes)
        {
            if (last is not { } held || !held.Bytes.AsSpan().SequenceEqual(bytes))
            {
                last = (bytes, _reader.Read(bytes));
            }

            return last.Value.Geometry;
        }
    }
}
