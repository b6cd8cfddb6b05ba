namespace OpenCity.GraphQL.Transport.Tests.WebSockets;

/// <summary>The WebSocket tests' shared server: a few subscriptions per connection and client, no keep-alive pings in the way.</summary>
public sealed class WebSocketServer : IAsyncLifetime
{
    public const int MaxSubscriptionsPerConnection = 3;

    public const int MaxSubscriptionsPerClient = 4;

    private readonly TransportServer _server = WebSocketServers.Create(new Dictionary<string, string?>
    {
        ["OpenCity:GraphQL:Streaming:KeepAliveInterval"] = "00:00:00",
        ["OpenCity:GraphQL:Streaming:MaxMessageBytes"] = "4096",
        ["OpenCity:GraphQL:Streaming:MaxSubscriptionsPerConnection"] = MaxSubscriptionsPerConnection.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["OpenCity:GraphQL:Streaming:MaxSubscriptionsPerClient"] = MaxSubscriptionsPerClient.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public Uri BaseAddress => _server.BaseAddress;

    public IServiceProvider Services => _server.Services;

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();
}
