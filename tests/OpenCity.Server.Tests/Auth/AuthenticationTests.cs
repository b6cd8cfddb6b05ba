using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using OpenCity.Server.Auth;
using OpenCity.Server.Hosting;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Auth;

/// <summary>Who is calling, over real HTTP: tokens accepted, refused (401 UNAUTHENTICATED) or absent (anonymous).</summary>
[Collection(CityCollection.Name)]
public sealed class AuthenticationTests(SqliteCityFixture sqlite)
{
    private const string ViewerQuery = "{ viewer { role department } city { name } }";

    [Theory]
    [InlineData(CallerRole.Operator, "WATER", "OPERATOR")]
    [InlineData(CallerRole.Admin, null, "ADMIN")]
    public async Task A_signed_token_is_accepted_and_resolvers_see_its_caller(CallerRole role, string? department, string expected)
    {
        var caller = role == CallerRole.Admin ? Caller.Admin("ada") : Caller.Operator(department!, "otto");

        var (status, body, _) = await PostAsync(ViewerQuery, TestTokens.Issue(caller));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(body["errors"]);
        Assert.Equal(expected, body["data"]!["viewer"]!["role"]!.GetValue<string>());
        Assert.Equal(department, body["data"]!["viewer"]!["department"]?.GetValue<string>());
        Assert.NotNull(body["data"]!["city"]!["name"]);
    }

    [Fact]
    public async Task Without_a_token_the_caller_is_anonymous_and_public_data_answers()
    {
        var (status, body, _) = await PostAsync(ViewerQuery, token: null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(body["errors"]);
        Assert.Equal("ANONYMOUS", body["data"]!["viewer"]!["role"]!.GetValue<string>());
        Assert.Null(body["data"]!["viewer"]!["department"]);
        Assert.NotNull(body["data"]!["city"]!["name"]);
    }

    public static TheoryData<string, string> RefusedTokens()
    {
        var water = Caller.Operator("WATER", "otto");
        return new TheoryData<string, string>
        {
            { TestTokens.Issue(water, TimeSpan.FromHours(1), issuedAt: DateTimeOffset.UtcNow.AddHours(-2)), "expired" },
            { TestTokens.Issue(water, signingKey: "another-key-that-is-long-enough-to-sign-with-1234"), "signature" },
            { TestTokens.Issue(water, issuer: "someone-else"), "issuer" },
            { TestTokens.Issue(water, audience: "another-api"), "audience" },
            { TestTokens.Issue(Caller.Operator("WATER", "otto") with { DepartmentCode = null }), "department" },
            { "not-a-jwt", "well-formed" },
        };
    }

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task A_token_the_server_cannot_accept_is_401_UNAUTHENTICATED_not_anonymous(string token, string reason)
    {
        var (status, body, challenge) = await PostAsync(ViewerQuery, token);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Null(body["data"]);
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal("UNAUTHENTICATED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains(reason, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Bearer error=\"invalid_token\"", challenge);
    }

    [Fact]
    public async Task The_token_command_prints_a_token_the_server_accepts()
    {
        Assert.True(CommandLine.TryGetCommand(["token", "--role", "operator", "--department", "GAS", "--hours", "2", "--subject", "gina"], out var parsed));
        using var output = new StringWriter();
        var command = Assert.IsType<TokenCommand>(parsed) with { Output = output };
        Assert.Equal(TimeSpan.FromHours(2), command.Lifetime);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(sqlite.Settings);
        builder.AddOpenCity();
        await using var app = builder.Build();

        Assert.Equal(0, await command.RunAsync(app, CancellationToken.None));

        var (status, body, _) = await PostAsync("{ viewer { role department } }", output.ToString().Trim());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("OPERATOR", body["data"]!["viewer"]!["role"]!.GetValue<string>());
        Assert.Equal("GAS", body["data"]!["viewer"]!["department"]!.GetValue<string>());
    }

    private async Task<(HttpStatusCode Status, JsonObject Body, string? Challenge)> PostAsync(string query, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await sqlite.Server.Client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return (response.StatusCode, body, response.Headers.WwwAuthenticate.ToString() is { Length: > 0 } challenge ? challenge : null);
    }
}
