using GraphQL;
using GraphQL.Types;
using OpenCity.Data;
using OpenCity.Domain.Statistics;
using OpenCity.GraphQL.Data.Paging;
using OpenCity.Server.Schema;

namespace OpenCity.Server.Statistics;

/// <summary>Root fields for published statistics.</summary>
public sealed class StatisticsQueries(KeysetPager<OpenCityDbContext> pager) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<OpenCityDbContext, IndicatorType, Indicator>(
                "indicators", pager, typeof(IndicatorFilterInputType), typeof(IndicatorSortInputType), i => i.Id,
                _ => db => db.Indicators)
            .Description("The catalogue of statistics the city publishes, a page at a time; filter with `where`, order with `order`.");

        query.Connection<OpenCityDbContext, ObservationType, Observation>(
                "observations", pager, typeof(ObservationFilterInputType), typeof(ObservationSortInputType), o => o.Id, ObservationsOf)
            .Description("Published figures, a page at a time; narrow them down by indicator, area and period, or with `where`.")
            .Argument<StringGraphType>("indicator", "Only figures of the indicator with this code, e.g. `population`.")
            .Argument<StringGraphType>("unit", "Only figures for the area with this code, e.g. `NB-D01-S01-C01-G01`.")
            .Argument<StringGraphType>("period", "Only figures for this period, e.g. `2025` or `2025-Q3`.");
    }

    private static Func<OpenCityDbContext, IQueryable<Observation>> ObservationsOf(IResolveFieldContext context)
    {
        var indicator = context.GetArgument<string?>("indicator");
        var unit = context.GetArgument<string?>("unit");
        var period = context.GetArgument<string?>("period");
        return db =>
        {
            IQueryable<Observation> observations = db.Observations;
            if (indicator is not null)
            {
                observations = observations.Where(o => o.Indicator.Code == indicator);
            }

            if (unit is not null)
            {
                observations = observations.Where(o => o.Unit.Code == unit);
            }

            return period is null ? observations : observations.Where(o => o.Period == period);
        };
    }
}
