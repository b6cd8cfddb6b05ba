using System.Text.Json;

namespace OpenCity.Server.Events;

/// <summary>One field's value before and after a change, as JSON.</summary>
public sealed record FieldChange(JsonElement? Old, JsonElement? New);
