namespace OpenCity.GraphQL.Transport.Tests;

/// <summary>
/// A second transport server that runs one operation at a time, queues none and lets operations run
/// long: for the tests of admission and of clients that leave.
/// </summary>
public sealed class ConstrainedTransportServer : IAsyncLifetime
{
    private readonly TransportServer _server = new(new Dictionary<string, string?>
    {
        ["OpenCity:GraphQL:Limits:MaxConcurrentRequests"] = "1",
        ["OpenCity:GraphQL:Limits:MaxQueuedRequests"] = "0",
        ["OpenCity:GraphQL:Limits:Timeout"] = "00:01:00",
    });

    public HttpClient Client => _server.Client;

    public IServiceProvider Services => _server.Services;

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();
}
