using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using StackExchange.Redis;

namespace OpenCity.Server.Tests.Infrastructure;

/// <summary>
/// A <c>redis-server</c> of a test's own (the binary tests/services.sh installs) on a free loopback
/// port, which the test stops and starts again on that same port; the shared Redis other tests use
/// is never touched.
/// </summary>
public sealed class RedisServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private Process? _process;

    private RedisServerProcess(int port) => Port = port;

    public int Port { get; }

    /// <summary>What <c>ConnectionStrings:Redis</c> says to reach it.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServerProcess> StartAsync()
    {
        var redis = new RedisServerProcess(FreePort());
        await redis.StartAgainAsync();
        return redis;
    }

    /// <summary>Starts the server (again) on its port and waits until it answers PING.</summary>
    public async Task StartAgainAsync()
    {
        Assert.Null(_process);
        var start = new ProcessStartInfo(Binary())
        {
            ArgumentList = { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start)!;
        _process.BeginOutputReadLine();
        using var patience = new CancellationTokenSource(Patience);
        while (!await AnswersAsync(patience.Token))
        {
            Assert.False(_process.HasExited, $"redis-server exited with {(_process.HasExited ? _process.ExitCode : 0)}.");
            await Task.Delay(50, patience.Token);
        }
    }

    /// <summary>Kills the server, as a crash would: its clients' connections break at once.</summary>
    public async Task StopAsync()
    {
        Assert.NotNull(_process);
        _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>How many connections are subscribed to <paramref name="channel"/> (PUBSUB NUMSUB).</summary>
    public async Task<long> SubscribersAsync(string channel)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(ConnectionString);
        var answer = (RedisResult[])(await connection.GetServers()[0].ExecuteAsync("PUBSUB", "NUMSUB", channel))!;
        return (long)answer[1];
    }

    /// <summary>Waits until at least <paramref name="count"/> connections are subscribed to <paramref name="channel"/>.</summary>
    public async Task WaitForSubscribersAsync(string channel, int count)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (await SubscribersAsync(channel) < count)
        {
            await Task.Delay(50, patience.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await StopAsync();
        }
    }

    private async Task<bool> AnswersAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port, cancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken);
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer, cancellationToken);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string Binary() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(directory => Path.Combine(directory, "redis-server"))
            .FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("redis-server is not on the PATH: run tests/services.sh, which installs it.");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
