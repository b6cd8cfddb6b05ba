using OpenCity.GraphQL.Transport.Tests.WebSockets;
using OpenCity.Server.Auth;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Subscriptions;

/// <summary>
/// The city's server speaking graphql-transport-ws: protocol violations close with their codes,
/// credentials are those of connection_init and end the connection when they expire, and a
/// subscription the city cannot serve is refused for its id alone.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class SubscriptionProtocolTests(WritableSqliteCityFixture city)
{
    private const string Changes = "subscription { componentChanged { code } }";

    [Fact]
    public async Task Protocol_violations_close_the_socket_with_their_codes()
    {
        await using (var early = await GraphQLWebSocketClient.ConnectAsync(city.Server.BaseAddress))
        {
            await early.SubscribeAsync("1", Changes);
            Assert.Equal(4401, (await early.ClosedAsync()).Code);
        }

        await using (var twice = await city.Server.ConnectAsync())
        {
            await twice.SendAsync("""{"type":"connection_init"}""");
            Assert.Equal(4429, (await twice.ClosedAsync()).Code);
        }

        await using var duplicate = await city.Server.ConnectAsync();
        await duplicate.SubscribeAsync("same", Changes);
        await duplicate.SubscribeAsync("same", Changes);
        Assert.Equal(4409, (await duplicate.ClosedAsync()).Code);
    }

    [Fact]
    public async Task A_token_the_server_refuses_closes_with_4403_and_an_accepted_one_closes_with_4403_when_it_expires()
    {
        await using (var forged = await GraphQLWebSocketClient.ConnectAsync(city.Server.BaseAddress))
        {
            await forged.SendAsync("""{"type":"connection_init","payload":{"Authorization":"Bearer not-a-token"}}""");
            Assert.Equal(4403, (await forged.ClosedAsync()).Code);
        }

        var shortLived = TestTokens.Issue(Caller.Operator("WATER", "water-operator"), lifetime: TimeSpan.FromSeconds(2));
        await using var socket = await city.Server.ConnectAsync(shortLived);
        await socket.SubscribeAsync("1", Changes);
        var (code, reason) = await socket.ClosedAsync();
        Assert.Equal(4403, code);
        Assert.Contains("expired", reason, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("""subscription { componentChanged(unit: "NO-SUCH-UNIT") { code } }""", "NOT_FOUND")]
    [InlineData("""subscription { componentChanged(within: { type: "Point", coordinates: [-1.47, 53.38] }) { code } }""", "INVALID_VALUE")]
    [InlineData("""subscription { readingThresholdCrossed(metric: "pressure") { code } }""", "INVALID_VALUE")]
    [InlineData("""subscription { readingsRecorded(sampleEverySeconds: 0) { code } }""", "INVALID_VALUE")]
    [InlineData("""subscription { componentChanged(where: { code: { like: "x" } }) { code } }""", "")]
    public async Task A_subscription_that_cannot_be_served_is_refused_for_its_id_and_the_connection_stays_open(string query, string expected)
    {
        await using var socket = await city.Server.ConnectAsync();
        await socket.SubscribeAsync("bad", query);

        var refusal = await socket.ReceiveAsync();
        var errors = refusal.Type == "error" ? refusal.Payload : refusal.Payload.GetProperty("errors");
        Assert.Equal("bad", refusal.Id);
        var code = errors[0].GetProperty("extensions").GetProperty("code").GetString();
        if (expected.Length > 0)
        {
            Assert.Equal(expected, code);
        }
        else
        {
            Assert.False(string.IsNullOrEmpty(code), refusal.ToString());
        }

        // A refusal found while executing (not validating) is a result, so graphql-ws's rule is next then complete.
        if (refusal.Type == "next")
        {
            Assert.Equal(("complete", "bad"), ((await socket.ReceiveAsync()).Type, refusal.Id));
        }

        // The connection is still there: a ping is answered.
        await socket.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await socket.ReceiveAsync()).Type);
    }
}
