using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.GraphQL.Transport.Execution;
using OpenCity.GraphQL.Transport.Tests.Http;
using OpenCity.GraphQL.Transport.Tests.TestSchema;

namespace OpenCity.GraphQL.Transport.Tests.Execution;

[Collection(TransportServerCollection.Name)]
public sealed class DocumentCacheTests(TransportServer server)
{
    private readonly HttpClient _client = server.Client;
    private readonly DocumentCache _cache = server.Services.GetRequiredService<DocumentCache>();

    [Fact]
    public async Task Repeated_query_is_parsed_once_and_then_served_from_the_cache()
    {
        var query = $"{{ hello unique_{Guid.NewGuid():N}: echo(text: \"x\") }}";
        var body = JsonSerializer.Serialize(new { query });
        var (hits, misses, count) = (_cache.Hits, _cache.Misses, _cache.Count);

        var first = await _client.PostGraphQLAsync(body);
        var afterFirst = (_cache.Hits, _cache.Misses, _cache.Count);
        var second = await _client.PostGraphQLAsync(body);
        var third = await _client.GetGraphQLAsync(query);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal((hits, misses + 1, count + 1), afterFirst);
        Assert.Equal(hits + 2, _cache.Hits);
        Assert.Equal(misses + 1, _cache.Misses);
        Assert.Equal(second.Body.GetRawText(), first.Body.GetRawText());
        Assert.Equal(first.Body.GetRawText(), third.Body.GetRawText());
    }

    [Fact]
    public async Task A_cached_document_is_not_validated_in_full_again()
    {
        var rule = server.Services.GetRequiredService<CountingValidationRule>();
        var body = JsonSerializer.Serialize(new { query = $"{{ hello unique_{Guid.NewGuid():N}: hello }}" });
        var runs = rule.Runs;

        await _client.PostGraphQLAsync(body);
        var afterFirst = rule.Runs;
        var second = await _client.PostGraphQLAsync(body);

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(runs + 1, afterFirst);
        Assert.Equal(afterFirst, rule.Runs);
    }

    [Fact]
    public async Task Invalid_documents_are_not_cached()
    {
        var body = JsonSerializer.Serialize(new { query = $"{{ nope_{Guid.NewGuid():N} }}" });
        var (hits, count) = (_cache.Hits, _cache.Count);

        var first = await _client.PostGraphQLAsync(body);
        var second = await _client.PostGraphQLAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, first.Status);
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal(hits, _cache.Hits);
        Assert.Equal(count, _cache.Count);
    }

    [Fact]
    public async Task A_document_longer_than_the_cached_length_is_answered_but_never_kept()
    {
        var maxLength = server.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphQLExecutionOptions>>().Value.MaxCachedDocumentLength;
        var query = $"{{ hello unique_{Guid.NewGuid():N}: hello }}" + new string(' ', maxLength);
        var body = JsonSerializer.Serialize(new { query });
        var (hits, misses, count) = (_cache.Hits, _cache.Misses, _cache.Count);

        var first = await _client.PostGraphQLAsync(body);
        var second = await _client.PostGraphQLAsync(body);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(first.Body.GetRawText(), second.Body.GetRawText());
        Assert.Equal((hits, misses, count), (_cache.Hits, _cache.Misses, _cache.Count));
    }

    [Fact]
    public async Task Cached_mutation_is_still_refused_over_get()
    {
        var query = $"mutation {{ setGreeting(text: \"{Guid.NewGuid():N}\") }}";
        var hits = _cache.Hits;

        var post = await _client.PostGraphQLAsync(JsonSerializer.Serialize(new { query }));
        var get = await _client.GetGraphQLAsync(query);

        Assert.Equal(HttpStatusCode.OK, post.Status);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.Status);
        Assert.Equal(hits + 1, _cache.Hits);
    }

    [Fact]
    public async Task Cached_document_still_checks_variables()
    {
        const string Query = "query ($v: Int!) { double(value: $v) }";
        var good = JsonSerializer.Serialize(new { query = Query, variables = new { v = 2 } });
        var bad = JsonSerializer.Serialize(new { query = Query, variables = new { v = "two" } });

        await _client.PostGraphQLAsync(good);
        var response = await _client.PostGraphQLAsync(bad);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_VALUE", response.FirstErrorCode);
    }
}
