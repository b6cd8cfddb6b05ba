using OpenCity.GraphQL.Transport.Tests.Ide;
using OpenCity.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenCity.Server.Tests.Ide;

/// <summary>
/// A journalist's first minute: a real browser opens the running server's /graphql, gets Banana
/// Cake Pop, and runs the example document against the seeded city. Fails when Chromium is missing.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class BananaCakePopTests(SqliteCityFixture sqlite, ITestOutputHelper output)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_browser_shows_the_IDE_which_runs_the_example_query_against_the_city()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var cancellationToken = timeout.Token;
        await using var chromium = await ChromiumDevTools.StartAsync(cancellationToken);

        await chromium.NavigateAsync(new Uri(sqlite.Server.BaseAddress, "/graphql"), cancellationToken);
        await chromium.WaitForTextAsync("Create Document", Wait, cancellationToken);
        await chromium.ClickButtonAsync("Create Document", cancellationToken);
        await chromium.WaitForTextAsync("Schema available", Wait, cancellationToken);
        await chromium.WaitForTextAsync("Welcome to OpenCity", Wait, cancellationToken);

        await chromium.ClickButtonAsync("Run", cancellationToken);
        await chromium.WaitForTextAsync("\"name\": \"Northbridge\"", Wait, cancellationToken);

        var screenshot = Path.Combine(Path.GetTempPath(), "opencity-server-ide.png");
        await chromium.ScreenshotAsync(screenshot, cancellationToken);
        output.WriteLine($"Screenshot: {screenshot}");
    }
}
