using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using NetTopologySuite.Simplify;

namespace OpenCity.Geospatial.Geodesy;

/// <summary>
/// Grows a WGS 84 geometry by a distance in metres (the area within that distance of it), built in
/// a <see cref="LocalPlane"/> around it so that the distance is the same in every direction on
/// the ground, not in degrees. The work is bounded by the input's size: repeated positions are
/// dropped (500 copies of a point are one point), lines are simplified within a thousandth of the
/// distance and buffered in short pieces, and the pieces' areas are joined by a cascaded union
/// (the exact buffer of one long self-crossing line costs the square of its vertices).
/// </summary>
public static class MetricBuffer
{
    /// <summary>The smallest buffer: 1 cm, the precision of coordinates in GeoJSON output (1e-7 degree); below it an area would be noise, and near zero it is not finite.</summary>
    public const double MinMeters = 0.01;

    /// <summary>Segments per quarter circle: 16 keeps a circle's radius within 0.5 % of the distance.</summary>
    private const int QuadrantSegments = 16;

    /// <summary>Segments of a line buffered at once (measured: short pieces cost least for self-crossing lines; a straight line loses nothing).</summary>
    private const int PieceSegments = 16;

    /// <summary>How far a vertex may move before buffering, as a fraction of the distance.</summary>
    private const double Tolerance = 0.001;

    /// <summary>
    /// The area within <paramref name="meters"/> of <paramref name="geometry"/>; the geometry
    /// itself for 0. Refuses a distance that is not 0 or at least <see cref="MinMeters"/>, and
    /// (as an <see cref="ArgumentException"/>) a buffer that would not be finite or would leave
    /// WGS 84, as one reaching a pole, where a metre is no longer a fraction of a degree of longitude.
    /// The token is checked before each piece is buffered and before the pieces are joined.
    /// </summary>
    public static Geometry Buffer(Geometry geometry, double meters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        if (!double.IsFinite(meters) || meters < 0 || meters is > 0 and < MinMeters)
        {
            throw new ArgumentOutOfRangeException(nameof(meters), meters, $"A buffer is 0 or at least {MinMeters} m.");
        }

        if (meters == 0)
        {
            return geometry;
        }

        if (geometry.IsEmpty)
        {
            throw new ArgumentException("An empty geometry has no buffer.", nameof(geometry));
        }

        var plane = LocalPlane.Around(geometry);
        var pieces = Pieces(plane.ToMeters(geometry), meters * Tolerance).Select(piece =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return piece.Buffer(meters, QuadrantSegments);
        }).ToList();
        cancellationToken.ThrowIfCancellationRequested();
        var buffered = plane.ToDegrees(pieces.Count == 1 ? pieces[0] : CascadedPolygonUnion.Union(pieces));
        return !buffered.IsEmpty && buffered.Coordinates.All(c => double.IsFinite(c.X) && double.IsFinite(c.Y) && Math.Abs(c.X) <= 360 && Math.Abs(c.Y) <= 90)
            ? buffered
            : throw new ArgumentException("the buffer would leave WGS 84 longitude/latitude (a buffer reaching a pole is not supported).");
    }

    /// <summary>The parts of a geometry in metres, each cheap to buffer: distinct points, lines in short pieces, polygons whole.</summary>
    private static List<Geometry> Pieces(Geometry geometry, double tolerance)
    {
        var factory = geometry.Factory;
        var pieces = new List<Geometry>();
        var points = new HashSet<Coordinate>();
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            switch (geometry.GetGeometryN(i))
            {
                case Point point:
                    // Points within the tolerance of each other are one point.
                    points.Add(new Coordinate(Snap(point.X, tolerance), Snap(point.Y, tolerance)));
                    break;
                case LineString line:
                    var coordinates = CoordinateArrays.RemoveRepeatedPoints(DouglasPeuckerSimplifier.Simplify(line, tolerance).Coordinates);
                    if (coordinates.Length < 2)
                    {
                        points.Add(line.Coordinate.Copy());
                        break;
                    }

                    for (var start = 0; start < coordinates.Length - 1; start += PieceSegments)
                    {
                        pieces.Add(factory.CreateLineString(coordinates[start..Math.Min(coordinates.Length, start + PieceSegments + 1)]));
                    }

                    break;
                case var other:
                    pieces.Add(other);
                    break;
            }
        }

        pieces.AddRange(points.Select(factory.CreatePoint));
        return pieces;
    }

    private static double Snap(double value, double tolerance) => Math.Round(value / tolerance) * tolerance;
}
