using Microsoft.EntityFrameworkCore;
using OpenCity.Data;
using OpenCity.Domain.Components;

namespace OpenCity.Benchmarks.Queries;

/// <summary>
/// The streetlight page of <see cref="QueryBenchmarks"/> as a hand-written EF Core LINQ query on
/// the server's own context factory: the floor any EF Core-based query layer stands on.
/// </summary>
public sealed class EfCoreComponentPage(IDbContextFactory<OpenCityDbContext> contexts)
{
    public async Task<int> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Components
            .Where(c => c.Sensitivity == Sensitivity.Public && c.Kind == ComponentKind.Streetlight && c.Status == ComponentStatus.Operational)
            .OrderBy(c => c.InstalledOn == null).ThenBy(c => c.InstalledOn).ThenBy(c => c.Id)
            .Select(c => new { c.Code, c.Name, c.Kind, c.Status, c.InstalledOn })
            .Take(50)
            .ToListAsync(cancellationToken);
        return rows.Count;
    }
}
