using Microsoft.EntityFrameworkCore;
using OpenCity.Domain.Components;
using OpenCity.Domain.Telemetry;

namespace OpenCity.Data;

// Who may see what: the one place every read goes through. A query of any kind (a list, a count, an
// aggregate, a lookup by code or id, a nearest search) sees only what the rule lets through, so a
// new resolver is closed by default rather than open until someone remembers the rule.
public abstract partial class OpenCityDbContext
{
    /// <summary>
    /// Whose restricted components this context shows: none (the public), one department's, or all.
    /// Set by the context factory from the <see cref="VisibilityScope"/> of the work in progress;
    /// a pooled context gets it anew on every lease.
    /// </summary>
    public Visibility Visibility { get; internal set; } = Visibility.Public;

    // The filter's parameter: null for the public, so EF Core's parameter-nullability pass folds the
    // department branch away and the public's SQL is exactly "sensitivity = 'Public'".
    private string? RestrictedScope => Visibility.RestrictedScope;

    /// <summary>
    /// Restricted components (substations, parts of the gas and power networks) are hidden from the
    /// public, and with them their links and readings: a link only when both its ends may be seen, a
    /// reading only when its component may be. A department's operators see the restricted
    /// components their department owns; admins see all. Work that must see everything (seeding,
    /// import, maintenance) says so with <c>IgnoreQueryFilters()</c>.
    /// </summary>
    private void ApplyVisibility(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CityComponent>().HasQueryFilter(c =>
            c.Sensitivity == Sensitivity.Public
            || (RestrictedScope != null
                && (RestrictedScope == Visibility.AllDepartments
                    || Departments.Any(d => d.Id == c.OwnerId && d.Code == RestrictedScope))));

        // Written against the components themselves, so the rule above is stated once.
        modelBuilder.Entity<ComponentLink>().HasQueryFilter(l =>
            Components.Any(c => c.Id == l.FromComponentId) && Components.Any(c => c.Id == l.ToComponentId));
        modelBuilder.Entity<Reading>().HasQueryFilter(r => Components.Any(c => c.Id == r.ComponentId));
    }
}
