using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Import;

/// <summary>
/// A server of its own for the import tests, which write: a type apart from the collection's
/// shared fixtures, so that xUnit can never hand them the shared city instead.
/// </summary>
public abstract class ImportCityFixture<TCity> : IAsyncLifetime
    where TCity : ICityServerFixture, new()
{
    private readonly TCity _city = new();

    public OpenCityServer Server => _city.Server;

    public Task InitializeAsync() => _city.InitializeAsync();

    public Task DisposeAsync() => _city.DisposeAsync();
}
