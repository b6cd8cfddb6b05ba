using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using OpenCity.GraphQL.Data.Errors;
using OpenCity.GraphQL.Data.Limits;

namespace OpenCity.GraphQL.Data.Types;

/// <summary>
/// The <c>JSON</c> scalar: free-form attributes written as a JSON value. Object keys are written
/// in ordinal order, because databases keep them in different orders (PostgreSQL's jsonb sorts
/// them by length) and a client must get the same bytes from every deployment. As input it is
/// read into a <see cref="JsonElement"/>, at most <see cref="InputLimitsOptions.MaxJsonLength"/>
/// characters long, without text a database cannot store.
/// </summary>
public sealed class JsonGraphType : ScalarGraphType
{
    private readonly int _maxLength;

    /// <summary>The scalar with the default limits of <see cref="InputLimitsOptions"/>.</summary>
    public JsonGraphType()
        : this(Options.Create(new InputLimitsOptions()))
    {
    }

    /// <summary>The scalar with configured limits (as the schema's services create it).</summary>
    public JsonGraphType(IOptions<InputLimitsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _maxLength = options.Value.MaxJsonLength;
        Name = "JSON";
        Description = "Any JSON value, e.g. an object of free-form attributes such as `{\"lampType\": \"LED\"}`; object keys come in alphabetical order. "
            + "As input it may be at most 16,384 characters long (by default) and its text must not hold NUL characters.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        string json => Canonical(JsonNode.Parse(json)),
        JsonElement element => Canonical(JsonNode.Parse(element.GetRawText())),
        _ => ThrowSerializationError(value),
    };

    public override bool CanParseLiteral(GraphQLValue value) => value is not GraphQLVariable;

    /// <summary>A value written in the query: objects, lists, numbers, text, booleans and null, as JSON has them.</summary>
    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue ? null : Read(Literal(value));

    /// <summary>A value in the variables, as the request's JSON gave it.</summary>
    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        JsonElement element => Read(element),
        _ => Read(value),
    };

    private JsonElement Read(object? value)
    {
        JsonElement element;
        try
        {
            element = JsonSerializer.SerializeToElement(value);
        }
        catch (Exception exception) when (exception is NotSupportedException or JsonException or ArgumentException or InvalidOperationException)
        {
            throw new DataLayerError(DataErrorCodes.InvalidJson, $"Not a JSON value: {exception.Message}");
        }

        var length = element.GetRawText().Length;
        if (length > _maxLength)
        {
            var error = new DataLayerError(
                DataErrorCodes.JsonTooLarge,
                $"A JSON value may be at most {_maxLength.ToString("N0", CultureInfo.InvariantCulture)} characters long (written compactly); {length.ToString("N0", CultureInfo.InvariantCulture)} were given.");
            error.AddExtension("limit", _maxLength);
            error.AddExtension("value", length);
            throw error;
        }

        if (HoldsInvalidText(element))
        {
            throw new DataLayerError(DataErrorCodes.InvalidJson, "The JSON value holds text that is not valid Unicode (a NUL character U+0000, or half of a surrogate pair), which no database here can store: leave it out.");
        }

        return element;
    }

    private static bool HoldsInvalidText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => IsInvalid(element.GetString()!),
        JsonValueKind.Array => element.EnumerateArray().Any(HoldsInvalidText),
        JsonValueKind.Object => element.EnumerateObject().Any(p => IsInvalid(p.Name) || HoldsInvalidText(p.Value)),
        _ => false,
    };

    private static bool IsInvalid(string text)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return true;
        }

        for (var rest = text.AsSpan(); !rest.IsEmpty;)
        {
            if (Rune.DecodeFromUtf16(rest, out _, out var read) != OperationStatus.Done)
            {
                return true;
            }

            rest = rest[read..];
        }

        return false;
    }

    /// <summary>A literal as the plain values a JSON serializer writes (whole numbers stay whole).</summary>
    private static object? Literal(GraphQLValue value) => value switch
    {
        GraphQLObjectValue o => (o.Fields ?? []).ToDictionary(f => (string)f.Name.Value, f => Literal(f.Value)),
        GraphQLListValue l => (l.Values ?? []).Select(Literal).ToList(),
        GraphQLIntValue i => long.TryParse(i.Value.Span, CultureInfo.InvariantCulture, out var whole) ? whole : double.Parse(i.Value.Span, CultureInfo.InvariantCulture),
        GraphQLFloatValue f => double.Parse(f.Value.Span, CultureInfo.InvariantCulture),
        GraphQLStringValue s => (string)s.Value,
        GraphQLBooleanValue b => b.BoolValue,
        GraphQLEnumValue e => (string)e.Name.Value,
        _ => null,
    };

    private static JsonNode? Canonical(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj
            .OrderBy(property => property.Key, StringComparer.Ordinal)
            .Select(property => KeyValuePair.Create(property.Key, Canonical(property.Value)))),
        JsonArray array => new JsonArray(array.Select(Canonical).ToArray()),
        _ => node?.DeepClone(),
    };
}
