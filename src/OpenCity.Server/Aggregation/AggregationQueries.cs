using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenCity.Data;
using OpenCity.Domain.Governance;
using OpenCity.GraphQL.Data.Cost;
using OpenCity.GraphQL.Data.Filtering;
using OpenCity.Server.Components;
using OpenCity.Server.Schema;
using OpenCity.Server.Units;

namespace OpenCity.Server.Aggregation;

/// <summary>Root fields that count and combine instead of listing: assets per kind, statistics per district …</summary>
public sealed class AggregationQueries(IDbContextFactory<OpenCityDbContext> contexts, IOptions<AggregationOptions> options) : IQueryFields
{
    private readonly AggregationOptions _limits = options.Value;

    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComponentGroupType>>>>("componentAggregate")
            .Description("Counts the city's public assets by the properties you choose, e.g. `groupBy: [KIND, STATUS]` "
                + "for how many streetlights are failed; `where` counts only the assets matching it. One row per combination that occurs; an empty `groupBy` gives one row with the total. "
                + $"At most {_limits.MaxGroups:N0} rows: a grouping with more is refused (TOO_MANY_GROUPS).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<ComponentGroupByType>>>>(
                "groupBy", "The properties to count by, in the order the rows are sorted by.")
            .WithFilterArgument(typeof(CityComponentFilterInputType))
            .Cost(10)
            .ListSize(_limits.MaxGroups)
            .ResolveAsync(async ctx =>
            {
                var groupBy = ctx.GetArgument<List<ComponentGroupBy>>("groupBy");
                await using var db = await contexts.CreateDbContextAsync(ctx.CancellationToken);
                var components = db.Components.ApplyFilter(ctx);
                return await ComponentGrouping.CountAsync(components, groupBy, _limits, ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObservationGroupType>>>>("observationAggregate")
            .Description("Combines a statistic's grid figures into figures for larger areas, e.g. the population of every district: "
                + $"one row per area of the chosen level and per period, sorted by area and period; at most {_limits.MaxGroups:N0} rows (more is refused: TOO_MANY_GROUPS).")
            .Argument<NonNullGraphType<StringGraphType>>("indicator", "The code of the statistic, e.g. `population`; `indicators` lists them.")
            .Argument<NonNullGraphType<GovernanceLevelType>>("level", "The size of area to combine the figures for, e.g. `DISTRICT`.")
            .Argument<StringGraphType>("period", "Only this period, e.g. `2025` or `2025-Q3`; all periods if left out.")
            .Cost(10)
            .ListSize(_limits.MaxGroups)
            .ResolveAsync(async ctx =>
            {
                await using var db = await contexts.CreateDbContextAsync(ctx.CancellationToken);
                return await ObservationRollup.AggregateAsync(
                    db,
                    ctx.GetArgument<string>("indicator"),
                    ctx.GetArgument<GovernanceLevel>("level"),
                    ctx.GetArgument<string?>("period"),
                    _limits,
                    ctx.CancellationToken);
            });
    }
}
