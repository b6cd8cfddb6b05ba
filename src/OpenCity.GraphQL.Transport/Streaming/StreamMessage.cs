using System.Text.Json.Serialization;
using GraphQL;

namespace OpenCity.GraphQL.Transport.Streaming;

/// <summary>
/// One message to a streaming client, in the graphql-transport-ws shape (<c>type</c>, <c>id</c>,
/// <c>payload</c>), which the WebSocket transport writes as it is and SSE maps to its events.
/// <c>next</c> carries an <see cref="ExecutionResult"/>, <c>error</c> the <see cref="ExecutionError"/>s
/// of an operation that did not start, <c>complete</c> nothing.
/// </summary>
public sealed record StreamMessage(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Id = null,
    [property: JsonPropertyName("payload"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] object? Payload = null)
{
    public const string NextType = "next";

    public const string ErrorType = "error";

    public const string CompleteType = "complete";

    /// <summary>Whether the queue may drop this message for a slow reader (only results are).</summary>
    [JsonIgnore]
    public bool IsNext => Type == NextType;

    public static StreamMessage Next(string id, ExecutionResult result) => new(NextType, id, result);

    public static StreamMessage Error(string id, ExecutionErrors errors) => new(ErrorType, id, errors);

    public static StreamMessage Complete(string id) => new(CompleteType, id);
}
