using System.Text.Json;

namespace OpenCity.Server.Events;

/// <summary>An asset was created, changed, retired or linked; <paramref name="Changes"/> lists each changed field's old and new value.</summary>
/// <param name="Code">The asset's code.</param>
/// <param name="Kind">What it is (<c>Streetlight</c> …).</param>
/// <param name="Domain">Its infrastructure domain.</param>
/// <param name="OwnerCode">The department that owns it.</param>
/// <param name="GridCode">The grid it lies in.</param>
/// <param name="Restricted">Whether only its department and admins may see it.</param>
/// <param name="OldStatus">Its status before the change; null when it was created.</param>
/// <param name="NewStatus">Its status after the change.</param>
/// <param name="Version">Its version after the change.</param>
/// <param name="Geometry">Where it is, as GeoJSON, for geo-fenced subscribers.</param>
/// <param name="Operation">The mutation that changed it.</param>
/// <param name="Changes">Per changed field, its old and new value.</param>
public sealed record ComponentChanged(
    string Code,
    string Kind,
    string Domain,
    string? OwnerCode,
    string? GridCode,
    bool Restricted,
    string? OldStatus,
    string NewStatus,
    long Version,
    JsonElement Geometry,
    string Operation,
    IReadOnlyDictionary<string, FieldChange> Changes) : ICityEvent
{
    public static string Type => nameof(ComponentChanged);
}
