namespace OpenCity.Server.Tests.Infrastructure;

/// <summary>A fixture that serves a seeded city over real HTTP.</summary>
public interface ICityServerFixture : IAsyncLifetime
{
    OpenCityServer Server { get; }
}
