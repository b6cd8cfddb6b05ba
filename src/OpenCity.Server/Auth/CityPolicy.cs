using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using OpenCity.Data;
using OpenCity.Domain.Components;
using OpenCity.Domain.ServiceRequests;

namespace OpenCity.Server.Auth;

/// <summary>
/// Who may see and change what: the one place every write and every scoped read asks. Anonymous
/// callers read public data and report problems; an operator changes the components its
/// department owns, or that lie in one of its responsibility areas for its own infrastructure
/// domain, sees its department's restricted components, and works the reports routed to it; an
/// admin may do everything.
/// </summary>
public sealed class CityPolicy
{
    /// <summary>What the caller's reads show (the EF query filter applies it; see <see cref="OpenCityDbContext.Visibility"/>).</summary>
    public Visibility VisibilityOf(Caller caller) => caller.Role switch
    {
        CallerRole.Admin => Visibility.Everything,
        CallerRole.Operator => Visibility.Department(caller.DepartmentCode!),
        _ => Visibility.Public,
    };

    /// <summary>Any write but a citizen's report needs a token; null when the caller has one.</summary>
    public PolicyRefusal? RequireStaff(Caller caller) =>
        caller.Role == CallerRole.Anonymous ? PolicyRefusal.Unauthenticated() : null;

    /// <summary>Work only an admin may do (publishing statistics, reading the audit trail).</summary>
    public PolicyRefusal? RequireAdmin(Caller caller, string what) => caller.Role switch
    {
        CallerRole.Admin => null,
        CallerRole.Anonymous => PolicyRefusal.Unauthenticated(),
        _ => PolicyRefusal.Forbidden($"Only an admin may {what}.", "admin"),
    };

    /// <summary>
    /// May the caller change this component (as it is now, and as it will be when the change moves
    /// it or gives it away)? Operators: owned by their department, or inside one of its
    /// responsibility areas for the component's domain.
    /// </summary>
    public async Task<PolicyRefusal?> CanChangeComponentAsync(OpenCityDbContext db, Caller caller, CityComponent component, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(component);
        if (caller.Role == CallerRole.Admin)
        {
            return null;
        }

        if (caller.Role == CallerRole.Anonymous)
        {
            return PolicyRefusal.Unauthenticated();
        }

        var department = caller.DepartmentCode!;
        var owned = component.OwnerId is { } ownerId
            && await db.Departments.AnyAsync(d => d.Id == ownerId && d.Code == department, cancellationToken);
        if (owned || await InResponsibilityAreaAsync(db, department, component, cancellationToken))
        {
            return null;
        }

        return PolicyRefusal.Forbidden(
            $"Component {component.Code} is neither owned by {department} nor in one of its responsibility areas for {component.Domain}: "
            + $"it needs an operator of its owner or of a {component.Domain} department responsible for its place, or an admin.",
            $"department:{department}");
    }

    /// <summary>
    /// <see cref="CanChangeComponentAsync"/> for many components at once, by code, in one query (bulk
    /// ingestion): the components the caller can see, each with whether it may change it. Codes
    /// missing from the answer name no component the caller can see.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, ComponentWriteAccess>> ComponentAccessAsync(
        OpenCityDbContext db, Caller caller, IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var admin = caller.Role == CallerRole.Admin;
        var department = caller.DepartmentCode ?? "";
        var rows = await db.Components.AsNoTracking().Where(c => codes.Contains(c.Code))
            .Select(c => new
            {
                c.Id,
                c.Code,
                Allowed = admin
                    || db.Departments.Any(d => d.Id == c.OwnerId && d.Code == department)
                    || db.ResponsibilityAreas.Any(a => a.Department.Code == department && a.Department.Domain == c.Domain && a.Area.Intersects(c.Geometry)),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Code, r => new ComponentWriteAccess(r.Id, caller.Role != CallerRole.Anonymous && r.Allowed), StringComparer.Ordinal);
    }

    /// <summary>May the caller work (route, start, resolve, close) a report routed to <paramref name="departmentCode"/>?</summary>
    public PolicyRefusal? CanWorkServiceRequest(Caller caller, ServiceRequest request, string? departmentCode) => caller.Role switch
    {
        CallerRole.Admin => null,
        CallerRole.Anonymous => PolicyRefusal.Unauthenticated(),
        _ when departmentCode == caller.DepartmentCode => null,
        _ => PolicyRefusal.Forbidden(
            $"Report {request.Code} is routed to {departmentCode ?? "no department yet"}: it needs an operator of that department, or an admin.",
            departmentCode is null ? "admin" : $"department:{departmentCode}"),
    };

    /// <summary>May the caller read a report's description and exact location? Its routed department and admins.</summary>
    public bool SeesReportDetails(Caller caller, string? routedDepartmentCode) => caller.Role switch
    {
        CallerRole.Admin => true,
        CallerRole.Operator => routedDepartmentCode is not null && routedDepartmentCode == caller.DepartmentCode,
        _ => false,
    };

    private static Task<bool> InResponsibilityAreaAsync(OpenCityDbContext db, string department, CityComponent component, CancellationToken cancellationToken)
    {
        Geometry geometry = component.Geometry;
        return db.ResponsibilityAreas.AnyAsync(
            a => a.Department.Code == department && a.Department.Domain == component.Domain && a.Area.Intersects(geometry),
            cancellationToken);
    }
}
