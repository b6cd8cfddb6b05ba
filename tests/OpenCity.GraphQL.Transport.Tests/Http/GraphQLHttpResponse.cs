using System.Net;
using System.Text.Json;

namespace OpenCity.GraphQL.Transport.Tests.Http;

/// <summary>What a test looks at in an HTTP response: status, headers and the JSON body.</summary>
public sealed record GraphQLHttpResponse(HttpStatusCode Status, string? MediaType, HttpResponseMessage Message, JsonElement Body)
{
    public static async Task<GraphQLHttpResponse> ReadAsync(HttpResponseMessage message)
    {
        var text = await message.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new GraphQLHttpResponse(message.StatusCode, message.Content.Headers.ContentType?.MediaType, message, body);
    }

    public bool HasData => Body.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null;

    public JsonElement Data => Body.GetProperty("data");

    public JsonElement FirstError => Body.GetProperty("errors")[0];

    public string? FirstErrorCode
        => FirstError.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;

    public string FirstErrorMessage => FirstError.GetProperty("message").GetString()!;
}
