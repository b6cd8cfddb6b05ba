using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenCity.Server.Events;

/// <summary>How events and audit values are written as JSON: camelCase, enums by name.</summary>
public static class EventJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);
}
