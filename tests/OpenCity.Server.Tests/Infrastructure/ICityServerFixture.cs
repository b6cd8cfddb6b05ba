namespace OpenCity.Server.Tests.Infrastructure;

/// <summary>A fixture that serves a seeded city over real HTTP.</summary>
public interface ICityServerFixture : IAsyncLifetime
{
    OpenCityServer Server { get; }

    /// <summary>The settings the server runs with, for a test that starts a server of its own on the same database.</summary>
    IReadOnlyDictionary<string, string?> Settings { get; }
}
