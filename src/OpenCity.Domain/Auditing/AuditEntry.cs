namespace OpenCity.Domain.Auditing;

/// <summary>
/// One committed write, recorded in the same transaction as the write itself: who, when, which
/// operation on which object, and its values before and after. Entries are only ever appended.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>UTC time of the write.</summary>
    public DateTime OccurredAt { get; set; }

    /// <summary>The token's subject; <c>anonymous</c> for a citizen's report.</summary>
    public required string Subject { get; set; }

    /// <summary>The caller's role: <c>anonymous</c>, <c>operator</c> or <c>admin</c>.</summary>
    public required string Role { get; set; }

    /// <summary>An operator's department code.</summary>
    public string? DepartmentCode { get; set; }

    /// <summary>The mutation, e.g. <c>updateComponentStatus</c>.</summary>
    public required string Operation { get; set; }

    /// <summary>What kind of object changed, e.g. <c>CityComponent</c>.</summary>
    public required string EntityType { get; set; }

    /// <summary>The object's public code.</summary>
    public required string EntityCode { get; set; }

    /// <summary>The changed values before the write, as a JSON object; null for a creation.</summary>
    public string? Before { get; set; }

    /// <summary>The changed values after the write, as a JSON object; null for a removal.</summary>
    public string? After { get; set; }
}
