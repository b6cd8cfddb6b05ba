using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OpenCity.Benchmarks.Attacks;

/// <summary>
/// The real server as a child process: a crash ends it, not the benchmark, and its CPU and memory
/// can be read from <c>/proc</c>. Its output is read continuously (a full pipe would stall it).
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(5);
    private static readonly byte[] TypenameQuery = Encoding.UTF8.GetBytes("""{"query":"{ __typename }"}""");

    private readonly Process _process;
    private readonly HttpClient _http;

    private ServerProcess(Process process, Uri address, string environment)
    {
        _process = process;
        Address = address;
        EnvironmentName = environment;
        _http = new HttpClient { BaseAddress = address, Timeout = Timeout.InfiniteTimeSpan };
    }

    public Uri Address { get; }

    public string EnvironmentName { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public ServerOutput StandardError { get; } = new();

    public ServerOutput StandardOutput { get; } = new();

    /// <summary>Starts the server and waits until it answers <c>{ __typename }</c> (the first start seeds the city).</summary>
    public static async Task<ServerProcess> StartAsync(ServerLaunch launch, string environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(launch);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { launch.ServerAssembly },
            WorkingDirectory = Path.GetDirectoryName(launch.ServerAssembly),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in launch.Environment(environment, port))
        {
            start.Environment[name] = value;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(launch.DatabasePath)!);
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"), environment);
        process.OutputDataReceived += (_, e) => server.StandardOutput.Add(e.Data);
        process.ErrorDataReceived += (_, e) => server.StandardError.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var clock = Stopwatch.StartNew();
        while (!await server.AnswersAsync(TimeSpan.FromSeconds(5), cancellationToken))
        {
            if (process.HasExited || clock.Elapsed > StartLimit)
            {
                var output = $"{server.StandardOutput.Excerpt()}{server.StandardError.Excerpt()}";
                await server.DisposeAsync();
                throw new InvalidOperationException($"The server did not come up in {environment}:\n{output}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }

        return server;
    }

    /// <summary>Whether the server answers <c>{ __typename }</c> within <paramref name="timeout"/>: alive and not stalled.</summary>
    public async Task<bool> AnswersAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var content = new ByteArrayContent(TypenameQuery);
            content.Headers.ContentType = new("application/json");
            using var response = await _http.PostAsync(new Uri("/graphql", UriKind.Relative), content, deadline.Token);
            return response.IsSuccessStatusCode
                && (await response.Content.ReadAsStringAsync(deadline.Token)).Contains("__typename", StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Waits up to <paramref name="time"/>, returning early if the server exits.</summary>
    public async Task WaitAsync(TimeSpan time, CancellationToken cancellationToken)
    {
        if (time <= TimeSpan.Zero)
        {
            return;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(time);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The time is up and the server still runs: the usual case.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
