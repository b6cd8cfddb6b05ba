using Microsoft.Extensions.DependencyInjection;
using OpenCity.GraphQL.Transport.Streaming;

namespace OpenCity.GraphQL.Transport.Tests.WebSockets;

/// <summary>Transport servers for the WebSocket tests: the shared limits plus streaming settings, with <see cref="TokenStreamAuthenticator"/>.</summary>
internal static class WebSocketServers
{
    public static TransportServer Create(IReadOnlyDictionary<string, string?> streaming)
    {
        var settings = new Dictionary<string, string?>(TransportServer.Limits);
        foreach (var (key, value) in streaming)
        {
            settings[key] = value;
        }

        return new TransportServer(settings, services => services.AddSingleton<IStreamAuthenticator, TokenStreamAuthenticator>());
    }
}
