using Microsoft.EntityFrameworkCore;

namespace OpenCity.Data;

/// <summary>Hands out the configured provider's context as the provider-neutral <see cref="OpenCityDbContext"/>.</summary>
internal sealed class ProviderContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<OpenCityDbContext>
    where TContext : OpenCityDbContext
{
    public OpenCityDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<OpenCityDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
