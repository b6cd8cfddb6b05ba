using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using OpenCity.Geospatial.Geodesy;

namespace OpenCity.Geospatial.Sqlite;

/// <summary>
/// The spatial SQL functions SQLite lacks, computed in process with NetTopologySuite and
/// registered on a connection: the predicates (<c>opencity_intersects(a, b)</c> …, NULL when
/// either geometry is NULL), geodesic distances in metres, and envelope edges for the R*Tree.
/// Geometries are WKB BLOBs. A query compares every row with the same parameter, so each
/// function keeps the last geometry it read in each argument position, prepared for repeated
/// use: the parameter is parsed, indexed and (for distances) projected once per statement, not
/// once per row. Every call first checks whether the statement was cancelled
/// (<see cref="SqliteStatementCancellation"/>).
/// </summary>
internal static class SqliteSpatialFunctions
{
    /// <summary>The predicates, by SQL function name, as "a op b" given a and a prepared b.</summary>
    private static readonly Dictionary<string, Func<Geometry, IPreparedGeometry, bool>> Predicates = new()
    {
        ["opencity_intersects"] = (a, b) => b.Intersects(a),
        ["opencity_disjoint"] = (a, b) => !b.Intersects(a),
        ["opencity_contains"] = (a, b) => b.Within(a),
        ["opencity_within"] = (a, b) => b.Contains(a),
        ["opencity_covers"] = (a, b) => b.CoveredBy(a),
        ["opencity_coveredby"] = (a, b) => b.Covers(a),
        ["opencity_overlaps"] = (a, b) => b.Overlaps(a),
        ["opencity_touches"] = (a, b) => b.Touches(a),
        ["opencity_crosses"] = (a, b) => b.Crosses(a),
    };

    /// <summary>The names of the predicate functions, for the translator.</summary>
    public static IEnumerable<string> PredicateNames => Predicates.Keys;

    public static void Register(SqliteConnection connection, SqliteStatementCancellation cancellation)
    {
        foreach (var (name, predicate) in Predicates)
        {
            var (first, second) = (new LastGeometry(), new LastGeometry());
            connection.CreateFunction<byte[]?, byte[]?, bool?>(
                name,
                (a, b) =>
                {
                    cancellation.ThrowIfCancelled();
                    return a is null || b is null ? null : predicate(first.Read(a), second.Prepared(b));
                },
                isDeterministic: true);
        }

        var distance = new DistancePair();
        connection.CreateFunction<byte[]?, byte[]?, double?>(
            "opencity_distance_m",
            (a, b) =>
            {
                cancellation.ThrowIfCancelled();
                return a is null || b is null ? null : distance.Measure(a, b, (prepared, other) => prepared.To(other));
            },
            isDeterministic: true);
        var within = new DistancePair();
        connection.CreateFunction<byte[]?, byte[]?, double?, bool?>(
            "opencity_dwithin_m",
            (a, b, meters) =>
            {
                cancellation.ThrowIfCancelled();
                return a is null || b is null || meters is null ? null : within.Measure(a, b, (prepared, other) => prepared.IsWithin(other, meters.Value));
            },
            isDeterministic: true);

        RegisterEdge(connection, cancellation, "opencity_min_x", (envelope, padding) => envelope.MinX - padding.Longitude);
        RegisterEdge(connection, cancellation, "opencity_max_x", (envelope, padding) => envelope.MaxX + padding.Longitude);
        RegisterEdge(connection, cancellation, "opencity_min_y", (envelope, padding) => envelope.MinY - padding.Latitude);
        RegisterEdge(connection, cancellation, "opencity_max_y", (envelope, padding) => envelope.MaxY + padding.Latitude);
    }

    /// <summary>An envelope edge of a geometry, <c>f(g)</c>, or of it widened by metres, <c>f(g, m)</c>.</summary>
    private static void RegisterEdge(
        SqliteConnection connection, SqliteStatementCancellation cancellation, string name, Func<Envelope, (double Longitude, double Latitude), double> edge)
    {
        var (plain, widened) = (new LastGeometry(), new LastGeometry());
        connection.CreateFunction<byte[]?, double?>(
            name,
            g =>
            {
                cancellation.ThrowIfCancelled();
                return g is null ? null : edge(plain.Read(g).EnvelopeInternal, (0, 0));
            },
            isDeterministic: true);
        connection.CreateFunction<byte[]?, double?, double?>(
            name,
            (g, meters) =>
            {
                cancellation.ThrowIfCancelled();
                if (g is null || meters is null)
                {
                    return null;
                }

                var envelope = widened.Read(g).EnvelopeInternal;
                return edge(envelope, GeodesicDistance.PaddingDegrees(envelope, meters.Value));
            },
            isDeterministic: true);
    }

    /// <summary>
    /// The two arguments of a distance function. The one that repeats from the previous call is
    /// the query's geometry, prepared once (<see cref="PreparedDistance"/>) and measured against
    /// the other, read per row; on the first call the second argument, where the translator puts
    /// the parameter, is prepared. Either way a call prepares at most a row's own geometry.
    /// </summary>
    private sealed class DistancePair
    {
        private readonly LastGeometry _first = new();
        private readonly LastGeometry _second = new();

        public T Measure<T>(byte[] first, byte[] second, Func<PreparedDistance, Geometry, T> measure) =>
            _first.Holds(first) && !_second.Holds(second)
                ? measure(_first.Distance(first), _second.Read(second))
                : measure(_second.Distance(second), _first.Read(first));
    }

    /// <summary>The geometry last read in one argument position, and its prepared forms when asked for.</summary>
    private sealed class LastGeometry
    {
        private byte[] _bytes = [];
        private Geometry? _geometry;
        private IPreparedGeometry? _prepared;
        private PreparedDistance? _distance;

        /// <summary>Whether these are the bytes last read here.</summary>
        public bool Holds(byte[] bytes) => _geometry is not null && bytes.AsSpan().SequenceEqual(_bytes);

        public Geometry Read(byte[] bytes)
        {
            if (!Holds(bytes))
            {
                _bytes = bytes;
                _geometry = WkbGeometry.Read(bytes);
                _prepared = null;
                _distance = null;
            }

            return _geometry!;
        }

        public IPreparedGeometry Prepared(byte[] bytes)
        {
            var geometry = Read(bytes);
            return _prepared ??= PreparedGeometryFactory.Prepare(geometry);
        }

        public PreparedDistance Distance(byte[] bytes)
        {
            var geometry = Read(bytes);
            return _distance ??= new PreparedDistance(geometry);
        }
    }
}
