using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using NetTopologySuite.Geometries;
using OpenCity.Geospatial.Geodesy;
using OpenCity.Geospatial.Querying;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>
/// Builds the operations of <see cref="GeometryFilterInputType"/> on a geometry member as
/// NetTopologySuite predicates and <see cref="Geodesic"/> functions, which the spatial support of
/// the context translates to SQL (and which mean the same in memory). Buffers are applied here,
/// in metres, so the database receives a plain geometry.
/// </summary>
internal static class SpatialFilterOperations
{
    /// <summary>The largest distance or buffer accepted, in metres: more than a city, less than a continent.</summary>
    public const double MaxMeters = 100_000;

    /// <summary>The comparisons of <c>distance</c>: name and description.</summary>
    public static readonly IReadOnlyList<(string Name, string Description)> DistanceComparisons =
    [
        ("eq", "Exactly this many metres away (0: they meet)."),
        ("neq", "Not exactly this many metres away."),
        ("gt", "More than this many metres away."),
        ("ngt", "Not more than this many metres away."),
        ("gte", "At least this many metres away."),
        ("ngte", "Less than this many metres away."),
        ("lt", "Less than this many metres away."),
        ("nlt", "At least this many metres away."),
        ("lte", "At most this many metres away."),
        ("nlte", "More than this many metres away."),
    ];

    private static readonly HashSet<string> Relations = ["contains", "intersects", "within", "overlaps", "touches", "crosses"];

    public static Expression Build(string operation, Expression member, object? value, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            throw FilterExpressionBuilder.Invalid($"`{operation}: null` has no meaning; give a geometry, or leave `{operation}` out.");
        }

        if (operation.StartsWith('n') && Relations.Contains(operation[1..]))
        {
            return Expression.Not(Relation(operation[1..], member, Given(operation[1..], (IDictionary<string, object?>)value, cancellationToken)));
        }

        return operation switch
        {
            _ when Relations.Contains(operation) => Relation(operation, member, Given(operation, (IDictionary<string, object?>)value, cancellationToken)),
            "distance" => Distance(member, (IDictionary<string, object?>)value, cancellationToken),
            "dwithin" => WithinDistance(member, (IDictionary<string, object?>)value),
            "bbox" => Box(member, (IEnumerable)value),
            _ => throw new InvalidOperationException($"Unknown spatial operation `{operation}`."),
        };
    }

    /// <summary><c>member.Relation(geometry)</c>, e.g. <c>x.Geometry.Within(g)</c>, for a relation named as in the API.</summary>
    private static Expression Relation(string name, Expression member, Geometry geometry)
    {
        var method = typeof(Geometry).GetMethod(char.ToUpperInvariant(name[0]) + name[1..], [typeof(Geometry)])!;
        return FilterOperations.Guarded(member, Expression.Call(member, method, Hold(geometry)));
    }

    private static Expression Distance(Expression member, IDictionary<string, object?> value, CancellationToken cancellationToken)
    {
        var geometry = Hold(Given("distance", value, cancellationToken));
        var distance = Expression.Call(typeof(Geodesic), nameof(Geodesic.DistanceMeters), null, member, geometry);
        Expression? result = null;
        foreach (var (operation, operand) in value.Where(v => v.Key is not ("geometry" or "buffer")))
        {
            if (operand is null)
            {
                throw FilterExpressionBuilder.Invalid($"`distance: {{ {operation}: null }}` has no meaning; a distance always has a value.");
            }

            var condition = FilterOperations.Build(operation, distance, operand);

            // "Less than" is also written as a search the spatial index answers.
            if (operation is "lt" or "lte")
            {
                condition = Expression.AndAlso(
                    Expression.Call(typeof(Geodesic), nameof(Geodesic.IsWithinMeters), null, member, geometry, Hold(Convert.ToDouble(operand, CultureInfo.InvariantCulture))),
                    condition);
            }

            result = FilterExpressionBuilder.And(result, condition);
        }

        return FilterOperations.Guarded(member, result ?? throw FilterExpressionBuilder.Invalid("`distance` needs a comparison besides the geometry, e.g. `lt: 500`."));
    }

    private static Expression WithinDistance(Expression member, IDictionary<string, object?> value)
    {
        var meters = Meters("dwithin", "meters", value["meters"]);
        return FilterOperations.Guarded(member, Expression.Call(
            typeof(Geodesic), nameof(Geodesic.IsWithinMeters), null, member, Hold(Checked("dwithin", value)), Hold(meters)));
    }

    private static Expression Box(Expression member, IEnumerable value)
    {
        var edges = value.Cast<object?>().Select(v => Convert.ToDouble(v, CultureInfo.InvariantCulture)).ToArray();
        if (edges is not [var west, var south, var east, var north]
            || edges.Any(e => !double.IsFinite(e))
            || west is < -180 or > 180 || east is < -180 or > 180 || south is < -90 or > 90 || north is < -90 or > 90 || south > north)
        {
            throw FilterExpressionBuilder.Invalid(
                "`bbox` needs four numbers `[west, south, east, north]`: longitudes within -180…180, latitudes within -90…90, south not above north.");
        }

        var factory = Wgs84.Factory;
        Polygon Rectangle(double w, double e) => factory.CreatePolygon(
            [new(w, south), new(e, south), new(e, north), new(w, north), new(w, south)]);
        Geometry box = west <= east ? Rectangle(west, east) : factory.CreateMultiPolygon([Rectangle(west, 180), Rectangle(-180, east)]);
        return Relation("intersects", member, box);
    }

    /// <summary>
    /// The operation's geometry, grown by its buffer: 0, or from <see cref="MetricBuffer.MinMeters"/>
    /// (1 cm, the precision of GeoJSON coordinates; a smaller buffer, say 5e-324, would be noise or
    /// not a number) to <see cref="MaxMeters"/>.
    /// </summary>
    private static Geometry Given(string operation, IDictionary<string, object?> value, CancellationToken cancellationToken)
    {
        var geometry = Checked(operation, value);
        if (!value.TryGetValue("buffer", out var buffer) || buffer is null)
        {
            return geometry;
        }

        var meters = Meters(operation, "buffer", buffer);
        if (meters is > 0 and < MetricBuffer.MinMeters)
        {
            throw FilterExpressionBuilder.Invalid(
                $"`{operation}: {{ buffer: {meters.ToString(CultureInfo.InvariantCulture)} }}` is out of range: give 0, or {MetricBuffer.MinMeters.ToString(CultureInfo.InvariantCulture)} to {MaxMeters:N0} metres.");
        }

        try
        {
            return MetricBuffer.Buffer(geometry, meters, cancellationToken);
        }
        catch (ArgumentException exception) when (exception is not ArgumentOutOfRangeException)
        {
            throw FilterExpressionBuilder.Invalid($"`{operation}: {{ buffer: {meters.ToString(CultureInfo.InvariantCulture)} }}` cannot grow this geometry: {exception.Message}");
        }
    }

    /// <summary>
    /// The operation's geometry, refused when it is empty (nothing to compare with) or a
    /// GeometryCollection (which the spatial relations are not defined for: give a Multi… geometry).
    /// </summary>
    private static Geometry Checked(string operation, IDictionary<string, object?> value) => value["geometry"] switch
    {
        Geometry { IsEmpty: true } => throw FilterExpressionBuilder.Invalid($"`{operation}` needs a geometry with at least one position, not an empty one."),
        GeometryCollection and not (MultiPoint or MultiLineString or MultiPolygon) => throw FilterExpressionBuilder.Invalid(
            $"`{operation}` does not take a GeometryCollection; give a Point, LineString, Polygon or one of their Multi… forms."),
        Geometry geometry => geometry,
        _ => throw FilterExpressionBuilder.Invalid($"`{operation}` needs a geometry."),
    };

    private static double Meters(string operation, string field, object? value)
    {
        var meters = Convert.ToDouble(value, CultureInfo.InvariantCulture) + 0.0; // -0 is 0
        return meters is >= 0 and <= MaxMeters
            ? meters
            : throw FilterExpressionBuilder.Invalid(
                $"`{operation}: {{ {field}: {meters.ToString(CultureInfo.InvariantCulture)} }}` is out of range: give 0 to {MaxMeters:N0} metres.");
    }

    private static MemberExpression Hold<TValue>(TValue value) => FilterOperations.Hold(typeof(TValue), value);
}
