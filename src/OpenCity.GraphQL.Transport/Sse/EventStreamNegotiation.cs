using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using OpenCity.GraphQL.Transport.Http;

namespace OpenCity.GraphQL.Transport.Sse;

/// <summary>Whether a request asks for its answer as Server-Sent Events (graphql-sse, distinct connections mode).</summary>
internal static class EventStreamNegotiation
{
    /// <summary>
    /// True when the Accept header names <c>text/event-stream</c> with a quality at least that of the
    /// JSON types it names. Only a named range counts: <c>*/*</c> reaches every type, and a client that
    /// cannot read an event stream must keep getting JSON.
    /// </summary>
    public static bool IsRequested(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return false;
        }

        var eventStream = 0.0;
        var json = 0.0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            if (range.MediaType.Equals(GraphQLMediaTypes.EventStream, StringComparison.OrdinalIgnoreCase))
            {
                eventStream = Math.Max(eventStream, quality);
            }
            else if (range.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
                || range.MediaType.Equals(GraphQLMediaTypes.GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                json = Math.Max(json, quality);
            }
        }

        return eventStream > 0 && eventStream >= json;
    }
}
