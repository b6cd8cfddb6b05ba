using Microsoft.EntityFrameworkCore;

namespace OpenCity.Data;

/// <summary>
/// Hands out the configured provider's context as the provider-neutral <see cref="OpenCityDbContext"/>,
/// filtering for the reader of the work in progress (<see cref="VisibilityScope"/>).
/// </summary>
internal sealed class ProviderContextFactory<TContext>(IDbContextFactory<TContext> inner, VisibilityScope scope) : IDbContextFactory<OpenCityDbContext>
    where TContext : OpenCityDbContext
{
    public OpenCityDbContext CreateDbContext() => ForReader(inner.CreateDbContext());

    public async Task<OpenCityDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        ForReader(await inner.CreateDbContextAsync(cancellationToken));

    private OpenCityDbContext ForReader(OpenCityDbContext context)
    {
        context.Visibility = scope.Current;
        return context;
    }
}
