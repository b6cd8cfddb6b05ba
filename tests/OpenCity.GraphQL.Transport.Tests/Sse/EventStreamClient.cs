using System.Text;
using OpenCity.GraphQL.Transport.Tests.Http;

namespace OpenCity.GraphQL.Transport.Tests.Sse;

/// <summary>graphql-sse requests (distinct connections mode): POST with a JSON body or GET, asking for text/event-stream.</summary>
public static class EventStreamClient
{
    public static Task<EventStreamResponse> PostEventStreamAsync(this HttpClient client, string body, string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, GraphQLHttpClient.Endpoint)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (bearer is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        return EventStreamResponse.SendAsync(client, request);
    }

    public static Task<EventStreamResponse> GetEventStreamAsync(this HttpClient client, string query) =>
        EventStreamResponse.SendAsync(client, new HttpRequestMessage(HttpMethod.Get, $"{GraphQLHttpClient.Endpoint}?query={Uri.EscapeDataString(query)}"));
}
