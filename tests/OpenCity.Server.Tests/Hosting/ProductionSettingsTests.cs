using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenCity.Server.Hosting;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Hosting;

/// <summary>A production server on PostgreSQL refuses to start without a shared, strong cursor secret and a PostgreSQL connection string.</summary>
public sealed class ProductionSettingsTests
{
    private const string Strong = "r8Vq2LkX0pZt7WmN4bYc1sDe9FgH3jKa5uIo6";
    private const string Connection = "Host=127.0.0.1;Port=5432;Database=opencity;Username=opencity;Password=opencity";

    [Theory]
    [InlineData(null, Connection, "OpenCity:Paging:CursorSecret is not set")]
    [InlineData("abababababababababababababababababababab", Connection, "OpenCity:Paging:CursorSecret is weak")]
    [InlineData("0123012301230123012301230123012301230123", Connection, "OpenCity:Paging:CursorSecret is weak")]
    [InlineData(Strong, "Data Source=opencity.db", "ConnectionStrings:OpenCity is not a PostgreSQL connection string")]
    public async Task Production_on_PostgreSQL_fails_at_start_with_one_line_naming_the_setting(string? secret, string connectionString, string expected)
    {
        await using var app = Build("Production", secret, connectionString);

        // As Program does: the settings are checked before anything (a hosted service) may use them.
        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task The_server_process_says_which_setting_is_missing_in_one_line_and_exits_with_1()
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Urls"] = "http://127.0.0.1:0",
                ["OpenCity__Database__Provider"] = "PostgreSql",
                ["ConnectionStrings__OpenCity"] = Connection,
                ["OpenCity__Auth__SigningKey"] = TestTokens.SigningKey,
            },
        };

        using var server = System.Diagnostics.Process.Start(start)!;
        var output = server.StandardOutput.ReadToEndAsync();
        var error = await server.StandardError.ReadToEndAsync();
        await server.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(1, server.ExitCode);
        Assert.StartsWith("OpenCity:Paging:CursorSecret is not set", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain(" at ", await output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production", Strong)]
    [InlineData("Development", null)]
    [InlineData("Testing", null)]
    public async Task A_strong_secret_or_another_environment_starts(string environment, string? secret)
    {
        await using var app = Build(environment, secret, Connection);

        await app.StartAsync();
        await app.StopAsync();
    }

    private static WebApplication Build(string environment, string? secret, string connectionString)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["OpenCity:Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:OpenCity"] = connectionString,
            ["OpenCity:Auth:SigningKey"] = TestTokens.SigningKey, // checked on its own in AuthSettingsTests
        };
        if (secret is not null)
        {
            settings["OpenCity:Paging:CursorSecret"] = secret;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddOpenCity();
        return builder.Build();
    }
}
