using Microsoft.Extensions.DependencyInjection;
using OpenCity.GraphQL.Transport.Streaming;

namespace OpenCity.GraphQL.Transport.Tests.Sse;

/// <summary>
/// A transport server with small streaming limits (a queue of 2, keep-alives every 50 ms, 2
/// subscriptions per client), room for large results, and <see cref="TestStreamAuthenticator"/>.
/// </summary>
public sealed class StreamingTransportServer : IAsyncLifetime
{
    public const int MaxDroppedMessages = 1000;

    public static readonly TimeSpan KeepAliveInterval = TimeSpan.FromMilliseconds(50);

    public const int MaxSubscriptionsPerClient = 2;

    private readonly TransportServer _server = new(
        new Dictionary<string, string?>(TransportServer.Limits)
        {
            ["OpenCity:GraphQL:Limits:MaxResultBytes"] = "1048576",
            ["OpenCity:GraphQL:Streaming:KeepAliveInterval"] = KeepAliveInterval.ToString(),
            ["OpenCity:GraphQL:Streaming:MaxQueuedMessages"] = "2",
            ["OpenCity:GraphQL:Streaming:MaxDroppedMessages"] = MaxDroppedMessages.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["OpenCity:GraphQL:Streaming:MaxSubscriptionsPerClient"] = MaxSubscriptionsPerClient.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
        services => services.AddSingleton<IStreamAuthenticator, TestStreamAuthenticator>());

    public HttpClient Client => _server.Client;

    public IServiceProvider Services => _server.Services;

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();
}
