using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.GraphQL.Transport.Tests.Http;
using OpenCity.GraphQL.Transport.Tests.TestSchema;

namespace OpenCity.GraphQL.Transport.Tests.Limits;

/// <summary>Admission and cancellation on a server that runs one operation at a time and queues none.</summary>
public sealed class ExecutionAdmissionTests(ConstrainedTransportServer server) : IClassFixture<ConstrainedTransportServer>
{
    private readonly WaitLog _log = server.Services.GetRequiredService<WaitLog>();

    [Fact]
    public async Task When_every_slot_is_taken_an_operation_is_refused_503_with_retry_after()
    {
        var tag = Guid.NewGuid().ToString("N");
        var running = Post($$"""{ wait(milliseconds: 3000, tag: "{{tag}}") }""", CancellationToken.None);
        await _log.Started(tag).WaitAsync(TimeSpan.FromSeconds(30));

        var refused = await Post("{ hello }", CancellationToken.None);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
        Assert.Equal("SERVER_BUSY", refused.FirstErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(2), refused.Message.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, (await running).Status);
        Assert.Equal(HttpStatusCode.OK, (await Post("{ hello }", CancellationToken.None)).Status);
    }

    [Fact]
    public async Task A_client_that_leaves_stops_the_work_and_frees_its_slot()
    {
        var tag = Guid.NewGuid().ToString("N");
        using var leave = new CancellationTokenSource();
        var abandoned = Post($$"""{ wait(milliseconds: 60000, tag: "{{tag}}") }""", leave.Token);
        await _log.Started(tag).WaitAsync(TimeSpan.FromSeconds(30));

        await leave.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        Assert.True(await _log.Ended(tag).WaitAsync(TimeSpan.FromSeconds(30)), "the resolver's work was not cancelled");

        // The slot is given back when the execution unwinds, just after the resolver ends: wait for it.
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        HttpStatusCode status;
        while ((status = (await Post("{ hello }", CancellationToken.None)).Status) == HttpStatusCode.ServiceUnavailable)
        {
            await Task.Delay(20, patience.Token);
        }

        Assert.Equal(HttpStatusCode.OK, status);
    }

    private async Task<GraphQLHttpResponse> Post(string query, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLHttpClient.Endpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        using var response = await server.Client.SendAsync(request, cancellationToken);
        return await GraphQLHttpResponse.ReadAsync(response);
    }
}
