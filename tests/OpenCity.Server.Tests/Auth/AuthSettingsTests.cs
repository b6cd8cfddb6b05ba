using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenCity.Server.Auth;
using OpenCity.Server.Hosting;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Auth;

/// <summary>
/// The authentication settings checked at start, and the <c>token</c> command's refusals: Production
/// needs a way to check tokens and never takes the public development key; Development works out of the box.
/// </summary>
public sealed class AuthSettingsTests
{
    [Theory]
    [InlineData("Production", null, null, "OpenCity:Auth: neither Authority nor SigningKey is set")]
    [InlineData("Production", OpenCityAuthOptions.DevelopmentSigningKey, null, "OpenCity:Auth:SigningKey is the public development key")]
    [InlineData("Testing", OpenCityAuthOptions.DevelopmentSigningKey, null, "OpenCity:Auth:SigningKey is the public development key")]
    [InlineData("Development", "too-short", null, "OpenCity:Auth:SigningKey is too short (9 bytes")]
    [InlineData("Production", null, "not a url", "OpenCity:Auth:Authority 'not a url' is not an absolute URL")]
    public async Task An_authentication_that_cannot_be_enforced_fails_at_start_with_one_line(string environment, string? key, string? authority, string expected)
    {
        await using var app = Build(environment, key, authority);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("Production", TestTokens.SigningKey, null)]
    [InlineData("Production", null, "https://login.example.org/realms/city")]
    [InlineData("Development", null, null)]
    [InlineData("Testing", null, null)]
    public async Task A_key_an_authority_or_a_non_production_environment_starts(string environment, string? key, string? authority)
    {
        await using var app = Build(environment, key, authority);

        await app.StartAsync();
        await app.StopAsync();
    }

    [Theory]
    [InlineData("Production", null)]
    [InlineData("Production", "https://login.example.org/realms/city")]
    [InlineData("Testing", null)]
    public async Task The_token_command_refuses_without_an_explicit_signing_key(string environment, string? authority)
    {
        await using var app = Build(environment, key: null, authority);
        using var output = new StringWriter();

        var exitCode = await new TokenCommand(Caller.Admin("ada"), TimeSpan.FromHours(1), output).RunAsync(app, CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task In_Development_the_token_command_signs_with_the_development_key_out_of_the_box()
    {
        await using var app = Build("Development", key: null, authority: null);
        using var output = new StringWriter();

        Assert.Equal(0, await new TokenCommand(Caller.Operator("WATER", "otto"), TimeSpan.FromHours(8), output).RunAsync(app, CancellationToken.None));

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(output.ToString().Trim(), new TokenValidationParameters
        {
            ValidIssuer = OpenCityAuthOptions.DefaultIssuer,
            ValidAudience = "opencity",
            IssuerSigningKey = new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(OpenCityAuthOptions.DevelopmentSigningKey)),
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal("operator", result.Claims[CallerClaims.Role]);
        Assert.Equal("WATER", result.Claims[CallerClaims.Department]);
        Assert.InRange(((JsonWebToken)result.SecurityToken).ValidTo - ((JsonWebToken)result.SecurityToken).IssuedAt, TimeSpan.FromHours(8), TimeSpan.FromHours(8));
    }

    [Theory]
    [InlineData("--role", "citizen")]
    [InlineData("--role", "operator")]
    [InlineData("--role", "operator", "--department", "water")]
    [InlineData("--role", "admin", "--department", "WATER")]
    [InlineData("--role", "admin", "--hours", "0")]
    [InlineData("--role", "admin", "--hours", "721")]
    [InlineData("--role")]
    public void The_token_command_line_is_checked_before_anything_runs(params string[] options)
    {
        Assert.Throws<CommandLineException>(() => CommandLine.TryGetCommand(["token", .. options], out _));
    }

    // SQLite at a file never opened: starting the host does not touch the database.
    private static WebApplication Build(string environment, string? key, string? authority)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["OpenCity:Database:Provider"] = "Sqlite",
            ["ConnectionStrings:OpenCity"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"opencity-unopened-{Guid.NewGuid():N}.db")}",
            ["OpenCity:Auth:SigningKey"] = key,
            ["OpenCity:Auth:Authority"] = authority,
        };
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddOpenCity();
        return builder.Build();
    }
}
