using GraphQL.Types;
using OpenCity.Domain.Statistics;
using OpenCity.GraphQL.Data.Projection;
using OpenCity.Server.Units;

namespace OpenCity.Server.Statistics;

/// <summary>GraphQL type of one published figure.</summary>
public sealed class ObservationType : ObjectGraphType<Observation>
{
    public ObservationType(StatisticsLoaders statistics, UnitLoaders units)
    {
        Name = "Observation";
        Description = "The value of an indicator for one area in one period, e.g. the population of a grid in 2025.";
        Field<NonNullGraphType<IndicatorType>>("indicator").Description("What was measured.").Reads("IndicatorId").Resolve(ctx => statistics.IndicatorById(ctx, ctx.Source.IndicatorId));
        Field<NonNullGraphType<GovernanceUnitType>>("unit").Description("The area it was measured for.").Reads("UnitId").Resolve(ctx => units.ById(ctx, ctx.Source.UnitId));
        Field(x => x.Period).Description("The period: a year (`2025`), a quarter (`2025-Q3`) or a month (`2025-09`).");
        Field(x => x.Value).Description("The value, in the indicator's unit.");
    }
}
