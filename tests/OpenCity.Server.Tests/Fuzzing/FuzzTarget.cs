using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// The server the run talks to: the shared city's (environment Testing), or — when
/// <c>OPENCITY_FUZZ_ENVIRONMENT</c> names another environment, e.g. Production — a server of
/// its own in that environment on the same database, to check that environment's answers.
/// </summary>
public sealed class FuzzTarget : IAsyncDisposable
{
    private readonly OpenCityServer? _own;

    private FuzzTarget(OpenCityServer server, OpenCityServer? own)
    {
        Server = server;
        _own = own;
    }

    public OpenCityServer Server { get; }

    public static FuzzTarget Create(ICityServerFixture city, string? environment)
    {
        if (environment is null)
        {
            return new FuzzTarget(city.Server, null);
        }

        var own = new OpenCityServer(new Dictionary<string, string?>(city.Settings) { ["environment"] = environment });
        return new FuzzTarget(own, own);
    }

    public async ValueTask DisposeAsync()
    {
        if (_own is not null)
        {
            await _own.DisposeAsync();
        }
    }
}
