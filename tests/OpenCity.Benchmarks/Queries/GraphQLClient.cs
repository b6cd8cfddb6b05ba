using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OpenCity.Benchmarks.Queries;

/// <summary>POSTs GraphQL requests to the benchmark server, as any client over HTTP would.</summary>
public sealed class GraphQLClient(Uri address) : IDisposable
{
    private static readonly MediaTypeWithQualityHeaderValue GraphQLResponse = new("application/graphql-response+json");

    private readonly HttpClient _http = new() { BaseAddress = address };

    /// <summary>The response body as sent, unparsed: what the benchmarks time.</summary>
    public Task<byte[]> PostAsync(string query, string? after, CancellationToken cancellationToken) =>
        PostAsync(query, new { after }, cancellationToken);

    /// <inheritdoc cref="PostAsync(string, string?, CancellationToken)"/>
    public async Task<byte[]> PostAsync(string query, object variables, CancellationToken cancellationToken)
    {
        using var request = Request(query, variables);
        using var response = await _http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    /// <summary>A plain GET of <paramref name="path"/>: for the hand-written baseline endpoint.</summary>
    public Task<byte[]> GetAsync(string path, CancellationToken cancellationToken) => _http.GetByteArrayAsync(path, cancellationToken);

    /// <summary>The connection named <paramref name="field"/>, failing on any GraphQL error: for the setup's checks.</summary>
    public async Task<JsonObject> ConnectionAsync(string query, string field, string? after, CancellationToken cancellationToken)
    {
        var body = JsonNode.Parse(await PostAsync(query, after, cancellationToken))!.AsObject();
        if (body["errors"] is { } errors)
        {
            throw new InvalidOperationException($"GraphQL errors: {errors.ToJsonString()}");
        }

        return body["data"]![field]!.AsObject();
    }

    public void Dispose() => _http.Dispose();

    private static HttpRequestMessage Request(string query, object variables)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.Add(GraphQLResponse);
        return request;
    }
}
