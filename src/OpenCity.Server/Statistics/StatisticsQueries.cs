using GraphQL;
using GraphQL.Types;
using OpenCity.Data;
using OpenCity.Domain.Statistics;
using OpenCity.GraphQL.Data.Filtering;
using OpenCity.GraphQL.Data.Paging;
using OpenCity.GraphQL.Data.Projection;
using OpenCity.GraphQL.Data.Sorting;
using OpenCity.GraphQL.Data.Types;
using OpenCity.Server.Schema;

namespace OpenCity.Server.Statistics;

/// <summary>Root fields for published statistics.</summary>
public sealed class StatisticsQueries(KeysetPager<OpenCityDbContext> pager) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<IndicatorType, Indicator>>>("indicators")
            .Description("The catalogue of statistics the city publishes, a page at a time; filter with `where`, order with `order`.")
            .WithFilterArgument(typeof(IndicatorFilterInputType))
            .WithSortArgument(typeof(IndicatorSortInputType))
            .WithPagingArguments()
            .ResolveAsync(async ctx =>
            {
                var filter = ctx.GetFilter<Indicator>();
                return await pager.PageAsync(
                    db => db.Indicators.ApplyFilter(filter),
                    ctx.GetSortKeys<Indicator>(),
                    i => i.Id,
                    EntityProjection.For<Indicator>(ctx, nameof(Indicator.Id)),
                    ctx.GetPagingArguments(),
                    ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ConnectionType<ObservationType, Observation>>>("observations")
            .Description("Published figures, a page at a time; narrow them down by indicator, area and period.")
            .Argument<StringGraphType>("indicator", "Only figures of the indicator with this code, e.g. `population`.")
            .Argument<StringGraphType>("unit", "Only figures for the area with this code, e.g. `NB-D01-S01-C01-G01`.")
            .Argument<StringGraphType>("period", "Only figures for this period, e.g. `2025` or `2025-Q3`.")
            .WithFilterArgument(typeof(ObservationFilterInputType))
            .WithSortArgument(typeof(ObservationSortInputType))
            .WithPagingArguments()
            .ResolveAsync(async ctx =>
            {
                var indicator = ctx.GetArgument<string?>("indicator");
                var unit = ctx.GetArgument<string?>("unit");
                var period = ctx.GetArgument<string?>("period");
                var filter = ctx.GetFilter<Observation>();
                return await pager.PageAsync(
                    db =>
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

                        return (period is null ? observations : observations.Where(o => o.Period == period)).ApplyFilter(filter);
                    },
                    ctx.GetSortKeys<Observation>(),
                    o => o.Id,
                    EntityProjection.For<Observation>(ctx, nameof(Observation.Id)),
                    ctx.GetPagingArguments(),
                    ctx.CancellationToken);
            });
    }
}
