using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.GraphQL.Transport.Tests.Http;
using OpenCity.GraphQL.Transport.Tests.TestSchema;

namespace OpenCity.GraphQL.Transport.Tests.Sse;

/// <summary>A subscription holds the admission slot for its setup only: on a server that runs one operation at a time, others still run beside it.</summary>
public sealed class GraphQLSseAdmissionTests(ConstrainedTransportServer server) : IClassFixture<ConstrainedTransportServer>
{
    [Fact]
    public async Task An_open_subscription_does_not_hold_the_admission_slot()
    {
        const string channel = "sse-admission";
        var events = server.Services.GetRequiredService<TestEvents>();
        using var stream = await server.Client.PostEventStreamAsync($$"""{"query":"subscription { events(channel: \"{{channel}}\") }"}""");
        await events.Subscribed(channel).WaitAsync(EventStreamResponse.SafetyTimeout);

        var query = await server.Client.PostGraphQLAsync("""{"query":"{ hello }"}""");

        Assert.Equal(HttpStatusCode.OK, query.Status);
        Assert.Equal("world", query.Data.GetProperty("hello").GetString());
        events.Push(channel, "still here");
        Assert.Equal("still here", (await stream.ReadEventAsync())!.Json.GetProperty("data").GetProperty("events").GetString());
    }
}
