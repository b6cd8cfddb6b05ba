using System.Text.Json;

namespace OpenCity.Server.Events;

/// <summary>
/// A citizen's report was submitted, attached to, routed, started, resolved or closed. Carries only
/// what anyone may read — the location rounded to about 50 m, never the citizen's words — because
/// events reach anonymous subscribers.
/// </summary>
/// <param name="Code">The report's tracking code.</param>
/// <param name="Category">What kind of problem, e.g. <c>water_leak</c>.</param>
/// <param name="OldStatus">Its status before the change; null when it was just submitted.</param>
/// <param name="NewStatus">Its status after the change.</param>
/// <param name="DepartmentCode">The department it is routed to; null while unrouted.</param>
/// <param name="GridCode">The grid it lies in.</param>
/// <param name="Location">Its public (rounded) location, as GeoJSON.</param>
/// <param name="ReportCount">How many citizens reported it, counting attached duplicates.</param>
/// <param name="Version">Its version after the change.</param>
/// <param name="Operation">The mutation that changed it.</param>
public sealed record ServiceRequestChanged(
    string Code,
    string Category,
    string? OldStatus,
    string NewStatus,
    string? DepartmentCode,
    string? GridCode,
    JsonElement Location,
    int ReportCount,
    long Version,
    string Operation) : ICityEvent
{
    public static string Type => nameof(ServiceRequestChanged);
}
