using System.Globalization;
using System.Text.Json;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using NetTopologySuite.Geometries;

namespace OpenCity.GraphQL.Data.Spatial;

/// <summary>
/// The <c>GeoJSON</c> scalar: a geometry as an RFC 7946 GeoJSON geometry object in WGS 84
/// longitude/latitude, ready to hand to a web map.
/// </summary>
public sealed class GeoJsonGraphType : ScalarGraphType
{
    private readonly int _maxVertices;

    /// <summary>The scalar with the default limits of <see cref="GeoJsonOptions"/>.</summary>
    public GeoJsonGraphType()
        : this(Options.Create(new GeoJsonOptions()))
    {
    }

    /// <summary>The scalar with configured limits (as the schema's services create it).</summary>
    public GeoJsonGraphType(IOptions<GeoJsonOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _maxVertices = options.Value.MaxVertices;
        Name = "GeoJSON";
        Description = "A geometry as an RFC 7946 GeoJSON object, e.g. "
            + "`{\"type\": \"Point\", \"coordinates\": [10.0, 53.55]}`: coordinates are longitude then latitude in degrees "
            + "(WGS 84); polygons list their outer ring counter-clockwise. Paste it into any web map. "
            + "As input it is checked: rings must be closed, polygons must not cross themselves, positions must lie in WGS 84.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        Geometry geometry => GeoJsonWriter.Write(geometry),
        _ => ThrowSerializationError(value),
    };

    /// <summary>
    /// Only the literal's shape is checked during validation; the geometry itself is read when the
    /// argument is parsed, so that a refusal keeps its GEOJSON_* code and place instead of becoming
    /// a generic ARGUMENTS_OF_CORRECT_TYPE.
    /// </summary>
    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLNullValue or GraphQLStringValue or GraphQLObjectValue;

    /// <summary>A geometry written in the query: an object literal, or GeoJSON text in a string.</summary>
    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => GeoJsonReader.Read((string)text.Value, _maxVertices),
        GraphQLObjectValue => GeoJsonReader.Read(JsonSerializer.SerializeToElement(Literal(value)), _maxVertices),
        _ => ThrowLiteralConversionError(value),
    };

    /// <summary>A geometry in the variables: the GeoJSON object itself, or GeoJSON text in a string.</summary>
    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        Geometry geometry => geometry,
        string text => GeoJsonReader.Read(text, _maxVertices),
        IDictionary<string, object?> => GeoJsonReader.Read(JsonSerializer.SerializeToElement(value), _maxVertices),
        _ => ThrowValueConversionError(value),
    };

    /// <summary>A literal as the plain values a JSON serializer writes.</summary>
    private static object? Literal(GraphQLValue value) => value switch
    {
        GraphQLObjectValue o => (o.Fields ?? []).ToDictionary(f => (string)f.Name.Value, f => Literal(f.Value)),
        GraphQLListValue l => (l.Values ?? []).Select(Literal).ToList(),
        GraphQLIntValue or GraphQLFloatValue => double.Parse(((IHasValueNode)value).Value.Span, CultureInfo.InvariantCulture),
        GraphQLStringValue s => (string)s.Value,
        GraphQLBooleanValue b => b.BoolValue,
        GraphQLEnumValue e => (string)e.Name.Value,
        _ => null,
    };
}
