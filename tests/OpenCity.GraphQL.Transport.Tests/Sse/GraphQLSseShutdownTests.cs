using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenCity.GraphQL.Transport.Tests.TestSchema;

namespace OpenCity.GraphQL.Transport.Tests.Sse;

/// <summary>A server that stops ends its open event streams with <c>complete</c>, and lets their sources go.</summary>
public sealed class GraphQLSseShutdownTests : IAsyncLifetime
{
    private readonly TransportServer _server = new(TransportServer.Limits);

    [Fact]
    public async Task A_stopping_server_ends_each_stream_with_complete()
    {
        const string channel = "sse-shutdown";
        var events = _server.Services.GetRequiredService<TestEvents>();
        using var stream = await _server.Client.PostEventStreamAsync($$"""{"query":"subscription { events(channel: \"{{channel}}\") }"}""");
        await events.Subscribed(channel).WaitAsync(EventStreamResponse.SafetyTimeout);

        _server.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        Assert.Equal("complete", (await stream.ReadEventAsync())?.Event);
        Assert.Null(await stream.ReadEventAsync());
        await events.Disposed(channel).WaitAsync(EventStreamResponse.SafetyTimeout);
    }

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();
}
