using GraphQL.Types;
using GraphQLParser.AST;
using NetTopologySuite.Geometries;

namespace OpenCity.GraphQL.Data.Spatial;

/// <summary>
/// The <c>GeoJSON</c> scalar: a geometry as an RFC 7946 GeoJSON geometry object in WGS 84
/// longitude/latitude, ready to hand to a web map.
/// </summary>
public sealed class GeoJsonGraphType : ScalarGraphType
{
    public GeoJsonGraphType()
    {
        Name = "GeoJSON";
        Description = "A geometry as an RFC 7946 GeoJSON object, e.g. "
            + "`{\"type\": \"Point\", \"coordinates\": [10.0, 53.55]}`: coordinates are longitude then latitude in degrees "
            + "(WGS 84); polygons list their outer ring counter-clockwise. Paste it into any web map.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        Geometry geometry => GeoJsonWriter.Write(geometry),
        _ => ThrowSerializationError(value),
    };

    // Geometry input (validated GeoJSON) arrives with the spatial filters; until then no
    // argument is of this type, and a literal is refused like any other unknown value.
    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue ? null : ThrowLiteralConversionError(value);

    public override object? ParseValue(object? value) => value is null ? null : ThrowValueConversionError(value);
}
