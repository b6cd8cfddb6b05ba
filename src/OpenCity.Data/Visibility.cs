namespace OpenCity.Data;

/// <summary>Whose restricted components a reader may see; the public sees none.</summary>
public sealed record Visibility
{
    /// <summary>The marker of <see cref="Everything"/>; not a department code (codes are upper-case letters).</summary>
    internal const string AllDepartments = "*";

    private Visibility(string? restrictedScope) => RestrictedScope = restrictedScope;

    /// <summary>Anonymous readers: public components only.</summary>
    public static Visibility Public { get; } = new((string?)null);

    /// <summary>Admins: every component.</summary>
    public static Visibility Everything { get; } = new(AllDepartments);

    /// <summary>Null for the public, <see cref="AllDepartments"/> for everything, else a department code.</summary>
    internal string? RestrictedScope { get; }

    /// <summary>
    /// Whether a component with this sensitivity and owner may be shown: the rule of the query filter
    /// (<see cref="OpenCityDbContext"/>'s visibility), for what does not come from the database, such as events.
    /// </summary>
    public bool Shows(bool restricted, string? ownerCode) =>
        !restricted || RestrictedScope == AllDepartments || (RestrictedScope is not null && RestrictedScope == ownerCode);

    /// <summary>A department's operators: public components and the restricted ones the department owns.</summary>
    public static Visibility Department(string departmentCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(departmentCode);
        return new Visibility(departmentCode);
    }
}
