using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace OpenCity.GraphQL.Transport.Tests.Ide;

/// <summary>
/// Debian's headless Chromium driven over the DevTools protocol: just enough to load a page, wait for
/// what its scripts render, click and screenshot. (Chromium's --dump-dom with --virtual-time-budget
/// races Banana Cake Pop's IndexedDB start-up and often dumps the bare index.html, so the test waits in
/// real time instead.)
/// </summary>
public sealed class ChromiumDevTools : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly Process _process;
    private readonly DirectoryInfo _userDataDir;
    private readonly ClientWebSocket _socket = new();
    private int _nextId;

    private ChromiumDevTools(Process process, DirectoryInfo userDataDir)
    {
        _process = process;
        _userDataDir = userDataDir;
    }

    public static async Task<ChromiumDevTools> StartAsync(CancellationToken cancellationToken)
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: run 'bash tests/services.sh' to install it.");
        var userDataDir = Directory.CreateTempSubdirectory("opencity-chromium-");
        var start = new ProcessStartInfo(ChromiumPath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in (string[])[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            $"--user-data-dir={userDataDir.FullName}", "--remote-debugging-port=0", "--window-size=1280,800", "about:blank"])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var devTools = new ChromiumDevTools(process, userDataDir);
        try
        {
            await devTools.ConnectAsync(cancellationToken);
            return devTools;
        }
        catch
        {
            await devTools.DisposeAsync();
            throw;
        }
    }

    public Task NavigateAsync(Uri url, CancellationToken cancellationToken)
        => SendAsync("Page.navigate", new { url = url.ToString() }, cancellationToken);

    public async Task<JsonElement> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true }, cancellationToken);
        return result.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    /// <summary>
    /// Polls the page's visible text (non-breaking spaces, as code editors render them, read as spaces)
    /// until it contains <paramref name="text"/>.
    /// </summary>
    public async Task WaitForTextAsync(string text, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        var body = "";
        while (deadline.Elapsed < timeout)
        {
            var value = await EvaluateAsync("document.body ? document.body.innerText : ''", cancellationToken);
            body = value.ValueKind == JsonValueKind.String ? value.GetString()!.Replace('\u00A0', ' ') : "";
            if (body.Contains(text, StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(250, cancellationToken);
        }

        Assert.Fail($"The page did not show '{text}' within {timeout.TotalSeconds} s. It showed: {body}");
    }

    public async Task ClickButtonAsync(string label, CancellationToken cancellationToken)
    {
        var clicked = await EvaluateAsync(
            $$"""
            (() => {
              const button = [...document.querySelectorAll('button')].find(b => b.innerText.trim() === {{JsonSerializer.Serialize(label)}});
              if (!button) return false;
              button.click();
              return true;
            })()
            """,
            cancellationToken);
        Assert.True(clicked.ValueKind == JsonValueKind.True, $"No button labelled '{label}'.");
    }

    public async Task ScreenshotAsync(string path, CancellationToken cancellationToken)
    {
        var result = await SendAsync("Page.captureScreenshot", new { format = "png" }, cancellationToken);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(result.GetProperty("data").GetString()!), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            _userDataDir.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A late Chromium child may still hold a file; the temp directory is cleaned by the OS.
        }
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        // With port 0 Chromium picks a free port and writes it to DevToolsActivePort.
        var portFile = Path.Combine(_userDataDir.FullName, "DevToolsActivePort");
        while (!File.Exists(portFile) || (await File.ReadAllLinesAsync(portFile, cancellationToken)).Length < 2)
        {
            Assert.False(_process.HasExited, $"Chromium exited with code {(_process.HasExited ? _process.ExitCode : 0)} before opening DevTools.");
            await Task.Delay(100, cancellationToken);
        }

        var port = (await File.ReadAllLinesAsync(portFile, cancellationToken))[0];
        using var http = new HttpClient();
        var targets = await http.GetFromJsonAsync<JsonElement>($"http://127.0.0.1:{port}/json/list", cancellationToken);
        var page = targets.EnumerateArray().First(target => target.GetProperty("type").GetString() == "page");
        await _socket.ConnectAsync(new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!), cancellationToken);
    }

    private async Task<JsonElement> SendAsync(string method, object parameters, CancellationToken cancellationToken)
    {
        var id = ++_nextId;
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters });
        await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

        // No domain is enabled, so apart from a few lifecycle events the only messages are replies.
        while (true)
        {
            using var reply = JsonDocument.Parse(await ReceiveAsync(cancellationToken));
            if (reply.RootElement.TryGetProperty("id", out var replyId) && replyId.GetInt32() == id)
            {
                if (reply.RootElement.TryGetProperty("error", out var error))
                {
                    throw new InvalidOperationException($"DevTools {method} failed: {error}");
                }

                return reply.RootElement.GetProperty("result").Clone();
            }
        }
    }

    private async Task<string> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, cancellationToken);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return Encoding.UTF8.GetString(message.ToArray());
    }
}
