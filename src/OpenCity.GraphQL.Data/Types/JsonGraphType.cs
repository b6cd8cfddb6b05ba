using System.Text.Json;
using GraphQL.Types;
using GraphQLParser.AST;

namespace OpenCity.GraphQL.Data.Types;

/// <summary>The <c>JSON</c> scalar: free-form attributes written as a JSON value.</summary>
public sealed class JsonGraphType : ScalarGraphType
{
    public JsonGraphType()
    {
        Name = "JSON";
        Description = "Any JSON value, e.g. an object of free-form attributes such as `{\"lampType\": \"LED\"}`.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        string json => JsonDocument.Parse(json).RootElement.Clone(),
        JsonElement element => element,
        _ => ThrowSerializationError(value),
    };

    // No argument takes JSON yet; a literal is refused like any other unknown value.
    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue ? null : ThrowLiteralConversionError(value);

    public override object? ParseValue(object? value) => value is null ? null : ThrowValueConversionError(value);
}
