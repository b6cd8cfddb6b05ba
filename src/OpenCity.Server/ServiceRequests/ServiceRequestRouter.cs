using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using OpenCity.Data;
using OpenCity.Domain.Departments;
using OpenCity.Geospatial.Geodesy;

namespace OpenCity.Server.ServiceRequests;

/// <summary>
/// The routing rule for citizens' reports, the one place it is decided. The candidates are the
/// departments of the report category's infrastructure domain. Among those with a responsibility
/// area containing the location (its edge counts), the department whose containing area is the
/// smallest (geodesic area) wins: the most specific answer for that place; equal areas go to the
/// smaller department code. When no area contains it, the department with the area nearest to the
/// location wins (ties again by code); departments without any area come last, by code. When the
/// domain has no department, there is no answer and
/// the report stays <c>SUBMITTED</c>, unrouted, for an admin to route.
/// </summary>
public sealed class ServiceRequestRouter
{
    /// <summary>The department a report of <paramref name="domain"/> at <paramref name="location"/> goes to; null when the domain has none.</summary>
    public async Task<Department?> RouteAsync(OpenCityDbContext db, InfrastructureDomain domain, Point location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(location);

        // A domain has a handful of departments and areas: measured here, the same on both databases.
        var departments = await db.Departments.Include(d => d.ResponsibilityAreas).Where(d => d.Domain == domain).ToListAsync(cancellationToken);
        var areas = departments.SelectMany(d => d.ResponsibilityAreas.Select(a => (Department: d, a.Area))).ToList();
        var containing = areas.Where(a => a.Area.Covers(location)).ToList();
        if (containing.Count > 0)
        {
            return containing.OrderBy(a => GeodesicArea.Of(a.Area)).ThenBy(a => a.Department.Code, StringComparer.Ordinal).First().Department;
        }

        return areas.Count > 0
            ? areas.OrderBy(a => GeodesicDistance.Between(location, a.Area)).ThenBy(a => a.Department.Code, StringComparer.Ordinal).First().Department
            : departments.OrderBy(d => d.Code, StringComparer.Ordinal).FirstOrDefault();
    }
}
