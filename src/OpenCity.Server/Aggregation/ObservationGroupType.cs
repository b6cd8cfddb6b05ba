using GraphQL.Types;
using OpenCity.Server.Statistics;
using OpenCity.Server.Units;

namespace OpenCity.Server.Aggregation;

/// <summary>GraphQL type of one row of <c>observationAggregate</c>.</summary>
public sealed class ObservationGroupType : ObjectGraphType<ObservationGroup>
{
    public ObservationGroupType(UnitLoaders units, StatisticsLoaders statistics)
    {
        Name = "ObservationGroup";
        Description = "An indicator for one area and one period, worked out from the figures of all the grids inside the area, "
            + "e.g. the population of a district in 2025 as the sum over its grids.";
        Field<NonNullGraphType<GovernanceUnitType>>("unit")
            .Description("The area the figures were combined for.")
            .Resolve(ctx => units.ById(ctx, ctx.Source.UnitId));
        Field<NonNullGraphType<IndicatorType>>("indicator")
            .Description("What was measured.")
            .Resolve(ctx => statistics.IndicatorById(ctx, ctx.Source.IndicatorId));
        Field(x => x.Period).Description("The period: a year (`2025`), a quarter (`2025-Q3`) or a month (`2025-09`).");
        Field(x => x.Value)
            .Description("The area's figure, combined the way the indicator says (its `aggregation`): "
                + "the sum for population, the average for a share, and so on. Use this one unless you need another.");
        Field(x => x.Sum).Description("All the grids' figures added up, to 12 significant digits.");
        Field(x => x.Average).Description("The average of the grids' figures (each grid counts once, whatever its size), to 12 significant digits.");
        Field(x => x.Min).Description("The smallest grid figure.");
        Field(x => x.Max).Description("The largest grid figure.");
        Field(x => x.Count).Description("How many grid figures were combined.");
    }
}
