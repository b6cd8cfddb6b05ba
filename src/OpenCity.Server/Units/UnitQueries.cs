using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenCity.Data;
using OpenCity.Domain.Governance;
using OpenCity.GraphQL.Data.Paging;
using OpenCity.GraphQL.Data.Projection;
using OpenCity.Server.Schema;

namespace OpenCity.Server.Units;

/// <summary>Root fields for the administrative hierarchy.</summary>
public sealed class UnitQueries(IDbContextFactory<OpenCityDbContext> contexts, KeysetPager<OpenCityDbContext> pager) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<GovernanceUnitType>("city")
            .Description("The city as a whole: start here and follow `children` down to districts, streets, communities and grids.")
            .ResolveAsync(async ctx => await contexts.FirstProjectedAsync(
                ctx, db => db.GovernanceUnits.Where(u => u.Level == GovernanceLevel.City), nameof(GovernanceUnit.Id)));

        query.Field<GovernanceUnitType>("governanceUnit")
            .Description("One administrative area by its code, e.g. `NB-D02`; empty if no area has that code.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The area's code.")
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>("code");
                return await contexts.FirstProjectedAsync(ctx, db => db.GovernanceUnits.Where(u => u.Code == code), nameof(GovernanceUnit.Id));
            });

        query.Connection<OpenCityDbContext, GovernanceUnitType, GovernanceUnit>(
                "governanceUnits", pager, typeof(GovernanceUnitFilterInputType), typeof(GovernanceUnitSortInputType), u => u.Id,
                ctx =>
                {
                    var level = ctx.GetArgument<GovernanceLevel?>("level");
                    return db => level is null ? db.GovernanceUnits : db.GovernanceUnits.Where(u => u.Level == level);
                })
            .Description("All administrative areas, a page at a time; `level` is a shortcut for `where: { level: { eq: … } }`.")
            .Argument<GovernanceLevelType>("level", "Only areas of this tier, e.g. `DISTRICT`.");
    }
}
