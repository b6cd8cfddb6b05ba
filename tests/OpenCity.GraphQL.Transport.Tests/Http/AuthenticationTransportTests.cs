using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OpenCity.GraphQL.Transport.Tests.Http;

/// <summary>
/// The transport and whatever authentication the host configured: the request's user reaches
/// resolvers (<see cref="ExecutionOptions.User"/>); credentials the host refuses are 401
/// UNAUTHENTICATED, not anonymous; no credentials are anonymous. Nothing here is OpenCity's.
/// </summary>
public sealed class AuthenticationTransportTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    [Fact]
    public async Task An_authenticated_user_reaches_the_resolvers()
    {
        var response = await SendAsync("ada");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("ada", response.Data.GetProperty("who").GetString());
    }

    [Fact]
    public async Task Without_credentials_the_request_is_served_anonymously()
    {
        var response = await SendAsync(user: null);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("who").ValueKind);
    }

    [Fact]
    public async Task Credentials_the_host_refuses_are_401_UNAUTHENTICATED_with_its_reason()
    {
        var response = await SendAsync("!");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.False(response.HasData);
        Assert.Equal(1, response.Body.GetProperty("errors").GetArrayLength());
        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
        Assert.Contains("these test credentials are refused.", response.FirstErrorMessage, StringComparison.Ordinal);
        Assert.Equal("Bearer error=\"invalid_token\"", response.Message.Headers.WwwAuthenticate.ToString());
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAuthentication(HeaderAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, HeaderAuthenticationHandler>(HeaderAuthenticationHandler.SchemeName, null);
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("who").Resolve(context => context.User?.Identity?.Name);
        builder.Services.AddGraphQL(graphQL => graphQL.AddSchema(services => new Schema(services) { Query = query }));
        builder.Services.AddOpenCityGraphQLTransport(builder.Configuration);

        _app = builder.Build();
        _app.UseAuthentication();
        _app.MapOpenCityGraphQL("/graphql");
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    private async Task<GraphQLHttpResponse> SendAsync(string? user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLHttpClient.Endpoint)
        {
            Content = new StringContent("""{"query":"{ who }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        if (user is not null)
        {
            request.Headers.Add(HeaderAuthenticationHandler.Header, user);
        }

        return await _client.SendGraphQLAsync(request, "application/graphql-response+json");
    }

    /// <summary>A host's scheme: the user named in a header; "!" fails; no header authenticates nobody.</summary>
    private sealed class HeaderAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string SchemeName = "Header";

        public const string Header = "X-Test-User";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue(Header, out var user))
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            if (user == "!")
            {
                return Task.FromResult(AuthenticateResult.Fail("these test credentials are refused."));
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.ToString())], SchemeName);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
        }
    }
}
