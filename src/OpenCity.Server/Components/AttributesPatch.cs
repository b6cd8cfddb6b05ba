using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenCity.Server.Components;

/// <summary>An asset's attributes as a JSON object: checked when given whole, changed by a JSON merge patch (RFC 7396).</summary>
public static class AttributesPatch
{
    /// <summary>Attributes given whole: an object, stored as its text; null when absent or empty.</summary>
    public static string? Whole(JsonElement? attributes) => attributes switch
    {
        null => null,
        { ValueKind: JsonValueKind.Object } obj => obj.EnumerateObject().Any() ? obj.GetRawText() : null,
        _ => throw NotAnObject(),
    };

    /// <summary>
    /// Applies <paramref name="patch"/> to <paramref name="current"/> as RFC 7396 says: a key set to
    /// null is removed, an object is merged key by key, anything else replaces the key's value.
    /// </summary>
    public static string? Apply(string? current, JsonElement patch)
    {
        if (patch.ValueKind != JsonValueKind.Object)
        {
            throw NotAnObject();
        }

        var target = (current is null ? null : JsonNode.Parse(current)) as JsonObject ?? [];
        Merge(target, JsonNode.Parse(patch.GetRawText())!.AsObject());
        return target.Count == 0 ? null : target.ToJsonString();
    }

    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch.ToList())
        {
            switch (value)
            {
                case null:
                    target.Remove(key);
                    break;
                case JsonObject nested:
                    if (target[key] is not JsonObject inner)
                    {
                        inner = [];
                        target[key] = inner;
                    }

                    Merge(inner, nested);
                    break;
                default:
                    target[key] = value.DeepClone();
                    break;
            }
        }
    }

    private static Writes.WriteInputError NotAnObject() =>
        Writes.WriteInputError.Invalid("`attributes` must be a JSON object, e.g. `{\"lampType\": \"LED\"}`.");
}
