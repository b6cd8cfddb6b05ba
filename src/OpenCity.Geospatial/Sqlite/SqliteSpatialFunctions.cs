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
/// function keeps the last geometry it read in each argument position, prepared (indexed) for
/// repeated predicates: the parameter is parsed once per statement, not once per row.
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

    public static void Register(SqliteConnection connection)
    {
        foreach (var (name, predicate) in Predicates)
        {
            var (first, second) = (new LastGeometry(), new LastGeometry());
            connection.CreateFunction<byte[]?, byte[]?, bool?>(
                name, (a, b) => a is null || b is null ? null : predicate(first.Read(a), second.Prepared(b)), isDeterministic: true);
        }

        var (distanceFirst, distanceSecond) = (new LastGeometry(), new LastGeometry());
        connection.CreateFunction<byte[]?, byte[]?, double?>(
            "opencity_distance_m",
            (a, b) => a is null || b is null ? null : GeodesicDistance.Between(distanceFirst.Read(a), distanceSecond.Read(b)),
            isDeterministic: true);
        var (withinFirst, withinSecond) = (new LastGeometry(), new LastGeometry());
        connection.CreateFunction<byte[]?, byte[]?, double?, bool?>(
            "opencity_dwithin_m",
            (a, b, meters) => a is null || b is null || meters is null ? null : GeodesicDistance.IsWithin(withinFirst.Read(a), withinSecond.Read(b), meters.Value),
            isDeterministic: true);

        RegisterEdge(connection, "opencity_min_x", (envelope, padding) => envelope.MinX - padding.Longitude);
        RegisterEdge(connection, "opencity_max_x", (envelope, padding) => envelope.MaxX + padding.Longitude);
        RegisterEdge(connection, "opencity_min_y", (envelope, padding) => envelope.MinY - padding.Latitude);
        RegisterEdge(connection, "opencity_max_y", (envelope, padding) => envelope.MaxY + padding.Latitude);
    }

    /// <summary>An envelope edge of a geometry, <c>f(g)</c>, or of it widened by metres, <c>f(g, m)</c>.</summary>
    private static void RegisterEdge(SqliteConnection connection, string name, Func<Envelope, (double Longitude, double Latitude), double> edge)
    {
        var (plain, widened) = (new LastGeometry(), new LastGeometry());
        connection.CreateFunction<byte[]?, double?>(
            name, g => g is null ? null : edge(plain.Read(g).EnvelopeInternal, (0, 0)), isDeterministic: true);
        connection.CreateFunction<byte[]?, double?, double?>(
            name,
            (g, meters) =>
            {
                if (g is null || meters is null)
                {
                    return null;
                }

                var envelope = widened.Read(g).EnvelopeInternal;
                return edge(envelope, GeodesicDistance.PaddingDegrees(envelope, meters.Value));
            },
            isDeterministic: true);
    }

    /// <summary>The geometry last read in one argument position, and its prepared form when asked for.</summary>
    private sealed class LastGeometry
    {
        private byte[] _bytes = [];
        private Geometry? _geometry;
        private IPreparedGeometry? _prepared;

        public Geometry Read(byte[] bytes)
        {
            if (_geometry is null || !bytes.AsSpan().SequenceEqual(_bytes))
            {
                _bytes = bytes;
                _geometry = WkbGeometry.Read(bytes);
                _prepared = null;
            }

            return _geometry;
        }

        public IPreparedGeometry Prepared(byte[] bytes)
        {
            var geometry = Read(bytes);
            return _prepared ??= PreparedGeometryFactory.Prepare(geometry);
        }
    }
}
