using System.Net;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Hosting;

/// <summary><c>/health/live</c> and <c>/health/ready</c>: what they answer, to whom, and when.</summary>
[Collection(CityCollection.Name)]
public sealed class HealthTests(SqliteCityFixture sqlite)
{
    [Fact]
    public async Task A_ready_server_answers_live_and_ready_with_one_word()
    {
        foreach (var path in new[] { "/health/live", "/health/ready" })
        {
            using var response = await sqlite.Server.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Ready_is_503_with_no_detail_while_a_configured_redis_is_down_and_health_is_never_rate_limited()
    {
        await using var server = new OpenCityServer(new Dictionary<string, string?>(sqlite.Settings)
        {
            // Nothing listens on port 1; the password must not show in any answer.
            ["ConnectionStrings:Redis"] = "127.0.0.1:1,password=secret-redis-password,connectTimeout=500,abortConnect=false",
            ["OpenCity:RateLimiting:Enabled"] = "true",
            ["OpenCity:RateLimiting:PermitLimit"] = "1",
        });

        for (var i = 0; i < 3; i++)
        {
            using var live = await server.Client.GetAsync("/health/live");
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            using var ready = await server.Client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        }
    }
}
