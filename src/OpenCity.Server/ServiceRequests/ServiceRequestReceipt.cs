using OpenCity.Domain.Departments;
using OpenCity.Domain.ServiceRequests;

namespace OpenCity.Server.ServiceRequests;

/// <summary>What a citizen is told after reporting: the tracking code, where the report stands and who has it.</summary>
/// <param name="Code">The tracking code of the report (the existing one's when attached).</param>
/// <param name="Status">Where it stands now.</param>
/// <param name="Department">The department it is routed to; null while unrouted.</param>
/// <param name="Attached">True when it was attached to an open report of the same problem nearby.</param>
/// <param name="ReportCount">How many citizens have reported this problem so far.</param>
/// <param name="SubmittedAt">When this submission arrived (UTC).</param>
public sealed record ServiceRequestReceipt(string Code, ServiceRequestStatus Status, Department? Department, bool Attached, int ReportCount, DateTime SubmittedAt)
{
    public static ServiceRequestReceipt Of(ServiceRequestSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var request = submission.ServiceRequest;
        return new(request.Code, request.Status, request.Department, submission.Attached, request.ReportCount, submission.SubmittedAt);
    }
}
