using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using OpenCity.Data;
using OpenCity.Data.Membership;
using OpenCity.Domain.Governance;

namespace OpenCity.Server.Components;

/// <summary>
/// The grid a component lies in, by the spatial join the seed and the import use
/// (<see cref="GridMembership"/>), over only the grids the database finds it touching.
/// </summary>
public static class ComponentGrid
{
    /// <summary>The grid <paramref name="geometry"/> belongs to, or null when it lies in none.</summary>
    public static async Task<GovernanceUnit?> OfAsync(OpenCityDbContext db, Geometry geometry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var candidates = await db.GovernanceUnits
            .Where(u => u.Level == GovernanceLevel.Grid && u.Boundary.Intersects(geometry))
            .ToListAsync(cancellationToken);
        var grid = new GridMembership(candidates).GridOf(geometry);
        return candidates.SingleOrDefault(u => u.Id == grid);
    }
}
