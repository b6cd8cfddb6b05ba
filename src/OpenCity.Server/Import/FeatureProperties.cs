using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenCity.Server.Import;

/// <summary>Typed reads of a feature's <c>properties</c>, refusing with a reason that names the property.</summary>
internal sealed class FeatureProperties
{
    private readonly Dictionary<string, JsonElement> _values;
    private readonly HashSet<string> _read = [];

    public FeatureProperties(JsonElement feature)
    {
        _values = feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? properties.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal)
            : feature.TryGetProperty("properties", out var other) && other.ValueKind != JsonValueKind.Null
                ? throw new FeatureRejectedException("\"properties\" must be an object")
                : [];
    }

    /// <summary>The feature's code, if it has a readable one: for the report, before anything is checked.</summary>
    public string? CodeOrNull => _values.TryGetValue("code", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null;

    public string RequiredText(string name, int maxLength = 200) =>
        OptionalText(name, maxLength) ?? throw new FeatureRejectedException($"\"{name}\" is required");

    public string? OptionalText(string name, int maxLength = 200)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : throw Wrong(name, "a string", value);
        return text.Length switch
        {
            0 => throw new FeatureRejectedException($"\"{name}\" is empty"),
            _ when text.Length > maxLength => throw new FeatureRejectedException($"\"{name}\" is longer than {maxLength} characters"),
            _ => text,
        };
    }

    /// <summary>An enum written as in the API (<c>WATER_PIPE</c>) or in code (<c>WaterPipe</c>), any case.</summary>
    public TEnum? OptionalEnum<TEnum>(string name)
        where TEnum : struct, Enum
    {
        if (OptionalText(name) is not { } text)
        {
            return null;
        }

        var wanted = text.Replace("_", "", StringComparison.Ordinal);
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(value.ToString(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        var names = string.Join(", ", Enum.GetValues<TEnum>().Select(ApiName));
        throw new FeatureRejectedException($"\"{name}\": \"{text}\" is not one of {names}");
    }

    public DateOnly? OptionalDate(string name)
    {
        if (OptionalText(name) is not { } text)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FeatureRejectedException($"\"{name}\": \"{text}\" is not a date written yyyy-MM-dd");
    }

    /// <summary>The <c>attributes</c> object with every property no field reads added to it, as JSON text; null when there are none.</summary>
    public string? Attributes()
    {
        var attributes = TryGet("attributes", out var given)
            ? given.ValueKind == JsonValueKind.Object ? JsonNode.Parse(given.GetRawText())!.AsObject() : throw Wrong("attributes", "an object", given)
            : [];
        foreach (var (name, value) in _values.Where(v => !_read.Contains(v.Key) && v.Value.ValueKind != JsonValueKind.Null))
        {
            attributes[name] = JsonNode.Parse(value.GetRawText());
        }

        return attributes.Count == 0 ? null : attributes.ToJsonString();
    }

    private static string ApiName<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : $"{char.ToUpperInvariant(c)}"));

    private static FeatureRejectedException Wrong(string name, string expected, JsonElement value) =>
        new($"\"{name}\" must be {expected}, not {value.ValueKind.ToString().ToLowerInvariant()}");

    private bool TryGet(string name, out JsonElement value)
    {
        _read.Add(name);
        return _values.TryGetValue(name, out value) && value.ValueKind != JsonValueKind.Null;
    }
}
