using System.Text.Json;

namespace OpenCity.GraphQL.Transport.Tests.Sse;

/// <summary>One event of a stream as the client read it: its type and its data (null when it had none).</summary>
public sealed record ServerSentEvent(string Event, string? Data)
{
    public JsonElement Json => JsonDocument.Parse(Data ?? throw new InvalidOperationException($"The '{Event}' event has no data.")).RootElement.Clone();

    public string? FirstErrorCode => Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
