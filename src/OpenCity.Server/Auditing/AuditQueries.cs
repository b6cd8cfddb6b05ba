using GraphQL.Types;
using OpenCity.Data;
using OpenCity.Domain.Auditing;
using OpenCity.GraphQL.Data.Paging;
using OpenCity.Server.Auth;
using OpenCity.Server.Schema;

namespace OpenCity.Server.Auditing;

/// <summary>The audit trail's root field, for admins only.</summary>
public sealed class AuditQueries(KeysetPager<OpenCityDbContext> pager, CityPolicy policy) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<OpenCityDbContext, AuditEntryType, AuditEntry>(
                "auditLog", pager, typeof(AuditEntryFilterInputType), typeof(AuditEntrySortInputType), a => a.Id,
                context => policy.RequireAdmin(context.GetCaller(), "read the audit trail") is { } refusal
                    ? throw refusal
                    : db => db.AuditLog)
            .Description("Every change ever made to the city's data, who made it and what it changed, a page at a time, oldest first unless `order` says otherwise. Admins only.");
    }
}
