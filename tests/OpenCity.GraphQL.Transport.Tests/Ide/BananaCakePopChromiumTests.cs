using Xunit.Abstractions;

namespace OpenCity.GraphQL.Transport.Tests.Ide;

/// <summary>
/// The IDE as a person meets it: a real browser opens /graphql, follows the redirect, runs the IDE's
/// scripts, introspects the schema through the transport and runs the configured document.
/// Fails (never skips) when Chromium is missing.
/// </summary>
[Collection(TransportServerCollection.Name)]
public sealed class BananaCakePopChromiumTests(TransportServer server, ITestOutputHelper output)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Browser_renders_the_ide_which_introspects_and_runs_a_query()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var cancellationToken = timeout.Token;
        await using var chromium = await ChromiumDevTools.StartAsync(cancellationToken);

        await chromium.NavigateAsync(new Uri(server.BaseAddress, "/graphql"), cancellationToken);

        // Rendered by the IDE's scripts only: the static index.html has an empty <div id="root">.
        await chromium.WaitForTextAsync("Create Document", Wait, cancellationToken);
        var location = await chromium.EvaluateAsync("location.pathname", cancellationToken);
        Assert.Equal("/graphql/", location.GetString());

        await chromium.ClickButtonAsync("Create Document", cancellationToken);
        // The status bar says so once the IDE has introspected the schema through the transport.
        await chromium.WaitForTextAsync("Schema available", Wait, cancellationToken);
        // The new tab opens with the document from bcp-config.json.
        await chromium.WaitForTextAsync(TransportServer.IdeDocument, Wait, cancellationToken);

        await chromium.ClickButtonAsync("Run", cancellationToken);
        await chromium.WaitForTextAsync("\"hello\": \"world\"", Wait, cancellationToken);

        var screenshot = Path.Combine(Path.GetTempPath(), "opencity-bcp.png");
        await chromium.ScreenshotAsync(screenshot, cancellationToken);
        output.WriteLine($"Screenshot: {screenshot}");
    }
}
