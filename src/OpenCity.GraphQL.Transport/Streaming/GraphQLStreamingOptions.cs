namespace OpenCity.GraphQL.Transport.Streaming;

/// <summary>
/// Settings of the streaming transports (WebSocket, SSE), bound from <c>OpenCity:GraphQL:Streaming</c>:
/// how long a connection may take to introduce itself, how often it is pinged, and what one connection
/// and one client may hold, so that the server's memory stays bounded whatever clients do.
/// </summary>
public sealed class GraphQLStreamingOptions
{
    public const string SectionName = "OpenCity:GraphQL:Streaming";

    /// <summary>How long a WebSocket may stay open without <c>connection_init</c> (then close 4408).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the server pings an idle connection so proxies keep it open; zero switches pings off.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The largest message a client may send, in bytes (WebSocket: close 4400).</summary>
    public int MaxMessageBytes { get; set; } = 1024 * 1024;

    /// <summary>How many messages wait for a slow client per connection; past it the oldest results are dropped.</summary>
    public int MaxQueuedMessages { get; set; } = 100;

    /// <summary>How many results a connection may lose to a slow reader before it is closed (WebSocket 4429).</summary>
    public int MaxDroppedMessages { get; set; } = 1000;

    /// <summary>How many subscriptions one connection may hold at once.</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 100;

    /// <summary>How many subscriptions one client (its subject, else its IP address) may hold at once, over all its connections.</summary>
    public int MaxSubscriptionsPerClient { get; set; } = 500;
}
