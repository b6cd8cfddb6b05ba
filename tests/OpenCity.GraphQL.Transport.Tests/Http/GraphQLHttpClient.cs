using System.Net.Http.Headers;
using System.Text;

namespace OpenCity.GraphQL.Transport.Tests.Http;

/// <summary>Raw requests to the endpoint, so tests control every header and byte.</summary>
public static class GraphQLHttpClient
{
    public const string Endpoint = "/graphql";

    public static async Task<GraphQLHttpResponse> PostGraphQLAsync(
        this HttpClient client,
        string body,
        string? contentType = "application/json",
        string? accept = "application/graphql-response+json, application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return await SendGraphQLAsync(client, request, accept);
    }

    public static async Task<GraphQLHttpResponse> GetGraphQLAsync(
        this HttpClient client,
        string query,
        string? variables = null,
        string? operationName = null,
        string? accept = "application/graphql-response+json, application/json")
    {
        var url = $"{Endpoint}?query={Uri.EscapeDataString(query)}";
        if (variables is not null)
        {
            url += $"&variables={Uri.EscapeDataString(variables)}";
        }

        if (operationName is not null)
        {
            url += $"&operationName={Uri.EscapeDataString(operationName)}";
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        return await SendGraphQLAsync(client, request, accept);
    }

    public static async Task<GraphQLHttpResponse> SendGraphQLAsync(this HttpClient client, HttpRequestMessage request, string? accept)
    {
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await client.SendAsync(request);
        return await GraphQLHttpResponse.ReadAsync(response);
    }
}
