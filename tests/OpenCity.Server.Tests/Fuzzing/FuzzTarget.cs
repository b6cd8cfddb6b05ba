using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// The server the run talks to: the shared SQLite city (environment Testing), or — when
/// <c>OPENCITY_FUZZ_ENVIRONMENT</c> names another environment, e.g. Development, where error
/// details are on by default — a server of its own on a fresh SQLite file, removed afterwards.
/// </summary>
public sealed class FuzzTarget : IAsyncDisposable
{
    private readonly string? _file;
    private readonly OpenCityServer? _own;

    private FuzzTarget(OpenCityServer server, string? file, OpenCityServer? own)
    {
        Server = server;
        _file = file;
        _own = own;
    }

    public OpenCityServer Server { get; }

    public static FuzzTarget Create(OpenCityServer shared, string? environment)
    {
        if (environment is null)
        {
            return new FuzzTarget(shared, null, null);
        }

        var file = Path.Combine(Path.GetTempPath(), $"opencity-fuzz-{Guid.NewGuid():N}.db");
        var own = new OpenCityServer(new Dictionary<string, string?>
        {
            ["OpenCity:Database:Provider"] = "Sqlite",
            ["ConnectionStrings:OpenCity"] = $"Data Source={file}",
            ["environment"] = environment,
        });
        return new FuzzTarget(own, file, own);
    }

    public async ValueTask DisposeAsync()
    {
        if (_own is null)
        {
            return;
        }

        await _own.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file!, _file + "-wal", _file + "-shm" })
        {
            File.Delete(file);
        }
    }
}
