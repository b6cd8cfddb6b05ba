using OpenCity.Domain.Auditing;
using OpenCity.GraphQL.Data.Sorting;

namespace OpenCity.Server.Auditing;

/// <summary>One step of the <c>order</c> of the audit trail.</summary>
public sealed class AuditEntrySortInputType : SortInputType<AuditEntry>
{
    public AuditEntrySortInputType()
    {
        Description = "How to order audit entries, e.g. the newest first: `[{ occurredAt: DESC }]`; entries of one moment keep the order they were written in.";
        Field(a => a.OccurredAt, "By the time the change was committed.");
    }
}
