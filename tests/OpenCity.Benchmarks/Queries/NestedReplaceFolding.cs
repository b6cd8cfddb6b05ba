using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.Data;
using OpenCity.GraphQL.Data.Filtering.Folding;

namespace OpenCity.Benchmarks.Queries;

/// <summary>
/// Makes a server fold case as it did before <c>UseCaseFolding()</c>: its contexts' options lose
/// that extension (translator and interceptors with it), so the filters fold with 56 nested
/// <c>replace()</c> calls per column, and PostgreSQL cannot use the case-folded indexes.
/// </summary>
public static class NestedReplaceFolding
{
    public static void Use(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(DbContextOptions<OpenCityDbContext>));
        var create = registered.ImplementationFactory
            ?? throw new InvalidOperationException("The context options are not registered by a factory; cannot take the case folding out.");
        services.Remove(registered);
        services.Add(ServiceDescriptor.Describe(
            typeof(DbContextOptions<OpenCityDbContext>), provider => Without((DbContextOptions<OpenCityDbContext>)create(provider)), registered.Lifetime));
    }

    private static DbContextOptions<OpenCityDbContext> Without(DbContextOptions<OpenCityDbContext> options) =>
        new(options.Extensions.Where(e => e is not CaseFoldingOptionsExtension).ToDictionary(e => e.GetType()));
}
