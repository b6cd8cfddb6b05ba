using NetTopologySuite.Geometries;
using OpenCity.Domain.ServiceRequests;
using OpenCity.GraphQL.Data.Spatial;
using OpenCity.Server.Events;

namespace OpenCity.Server.ServiceRequests;

/// <summary>Builds the <see cref="ServiceRequestChanged"/> event of a report as it is after a change.</summary>
public static class ServiceRequestEvents
{
    /// <param name="request">The report after the change, with its department and grid loaded.</param>
    /// <param name="oldStatus">Its status before; null when it was just submitted.</param>
    /// <param name="operation">The mutation.</param>
    public static ServiceRequestChanged Changed(ServiceRequest request, ServiceRequestStatus? oldStatus, string operation)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ServiceRequestChanged(
            request.Code,
            request.Category,
            oldStatus?.ToString(),
            request.Status.ToString(),
            request.Department?.Code,
            request.GridUnit?.Code,
            EventJson.ToElement(GeoJsonWriter.Write(PublicLocationOf(request))),
            request.ReportCount,
            request.Version,
            operation);
    }

    /// <summary>What the public sees of where a report is: its stored rounded location, or the exact one rounded now.</summary>
    public static Point PublicLocationOf(ServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.PublicLocation ?? ReportedLocation.Round(request.Location);
    }
}
