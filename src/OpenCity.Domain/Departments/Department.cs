namespace OpenCity.Domain.Departments;

/// <summary>A functional department of the city administration (water, power, lighting …).</summary>
public sealed class Department
{
    public long Id { get; set; }

    /// <summary>Stable public code, e.g. <c>WATER</c>.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public InfrastructureDomain Domain { get; set; }

    public string? Description { get; set; }

    /// <summary>Areas the department answers for; they may overlap other departments' areas and cross unit boundaries.</summary>
    public List<ResponsibilityArea> ResponsibilityAreas { get; set; } = [];
}
