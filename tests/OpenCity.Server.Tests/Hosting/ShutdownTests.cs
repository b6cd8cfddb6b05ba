using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenCity.GraphQL.Transport.Availability;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Hosting;

/// <summary>
/// Graceful shutdown: once the host is asked to stop, readiness is 503 at once, new GraphQL requests
/// get 503 SERVER_STOPPING with Retry-After, and a request already being served still gets its answer.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class ShutdownTests(SqliteCityFixture sqlite)
{
    [Fact]
    public async Task A_stopping_server_refuses_new_requests_and_finishes_the_one_it_serves()
    {
        await using var server = new OpenCityServer(sqlite.Settings);
        var readiness = server.Services.GetRequiredService<ServerReadiness>();

        // A request whose body arrives only when the test says: it is being served meanwhile. Sent over
        // a socket of its own, so that the test decides when each byte leaves.
        var body = Encoding.UTF8.GetBytes("""{"query":"query Slow { city { name } }"}""");
        using var socket = new TcpClient();
        await socket.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /graphql HTTP/1.1\r\nHost: {server.BaseAddress.Authority}\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n"));
        await stream.WriteAsync(body.AsMemory(0, 1));
        await WaitUntilAsync(() => readiness.InFlight > 0, "the slow request never reached the server");

        server.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        using (var ready = await server.Client.GetAsync("/health/ready"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        }

        using (var refused = await PostAsync(server.Client, "{ __typename }"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.NotNull(refused.Headers.RetryAfter?.Delta);
            Assert.Equal("SERVER_STOPPING", await ErrorCodeAsync(refused));
        }

        await stream.WriteAsync(body.AsMemory(1));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var answer = await reader.ReadToEndAsync();
        Assert.StartsWith("HTTP/1.1 200 OK", answer, StringComparison.Ordinal);
        var data = JsonNode.Parse(answer[(answer.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..])!["data"]!;
        Assert.False(string.IsNullOrEmpty(data["city"]!["name"]!.GetValue<string>()));
    }

    internal static async Task<HttpResponseMessage> PostAsync(HttpClient client, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        return await client.SendAsync(request);
    }

    internal static async Task<string?> ErrorCodeAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();

    private static async Task WaitUntilAsync(Func<bool> condition, string failure)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(10);
        }
    }
}
