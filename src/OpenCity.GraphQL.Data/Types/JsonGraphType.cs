using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL.Types;
using GraphQLParser.AST;

namespace OpenCity.GraphQL.Data.Types;

/// <summary>
/// The <c>JSON</c> scalar: free-form attributes written as a JSON value. Object keys are written
/// in ordinal order, because databases keep them in different orders (PostgreSQL's jsonb sorts
/// them by length) and a client must get the same bytes from every deployment.
/// </summary>
public sealed class JsonGraphType : ScalarGraphType
{
    public JsonGraphType()
    {
        Name = "JSON";
        Description = "Any JSON value, e.g. an object of free-form attributes such as `{\"lampType\": \"LED\"}`; object keys come in alphabetical order.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        string json => Canonical(JsonNode.Parse(json)),
        JsonElement element => Canonical(JsonNode.Parse(element.GetRawText())),
        _ => ThrowSerializationError(value),
    };

    // No argument takes JSON yet; a literal is refused like any other unknown value.
    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue ? null : ThrowLiteralConversionError(value);

    public override object? ParseValue(object? value) => value is null ? null : ThrowValueConversionError(value);

    private static JsonNode? Canonical(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj
            .OrderBy(property => property.Key, StringComparer.Ordinal)
            .Select(property => KeyValuePair.Create(property.Key, Canonical(property.Value)))),
        JsonArray array => new JsonArray(array.Select(Canonical).ToArray()),
        _ => node?.DeepClone(),
    };
}
