namespace OpenCity.GraphQL.Transport.Http;

/// <summary>The media types of the GraphQL-over-HTTP specification.</summary>
public static class GraphQLMediaTypes
{
    /// <summary>The preferred response type: its status codes can be trusted by clients.</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>The request type, and the legacy response type (always 200 for well-formed requests).</summary>
    public const string Json = "application/json";

    /// <summary>Server-Sent Events: the graphql-sse protocol's response type (distinct connections mode).</summary>
    public const string EventStream = "text/event-stream";
}
