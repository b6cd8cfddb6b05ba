using OpenCity.Domain.Auditing;
using OpenCity.GraphQL.Data.Filtering;

namespace OpenCity.Server.Auditing;

/// <summary>The <c>where</c> of the audit trail.</summary>
public sealed class AuditEntryFilterInputType : FilterInputType<AuditEntry>
{
    public AuditEntryFilterInputType()
    {
        Description = "Conditions on audit entries; give several fields to require all of them, e.g. everything done to one asset: `{ entityType: { eq: \"CityComponent\" }, entityCode: { eq: \"SL-000123\" } }`.";
        Field(a => a.EntityType, "What kind of object changed, e.g. `CityComponent`.");
        Field(a => a.EntityCode, "The public code of the object that changed.");
        Field(a => a.Operation, "The operation that made the change, e.g. `updateComponentStatus`.");
        Field(a => a.Subject, "Who made the change.");
        Field(a => a.OccurredAt, "When the change was committed, e.g. `{ gte: \"2025-06-01T00:00:00Z\" }`.");
    }
}
