using GraphQL.Types;
using OpenCity.Server.Events;

namespace OpenCity.Server.Subscriptions;

/// <summary>GraphQL type of new statistics as a subscription delivers them.</summary>
public sealed class ObservationsPublishedEventType : EventDeliveryType<ObservationsPublished>
{
    public ObservationsPublishedEventType()
    {
        Name = "ObservationsPublishedEvent";
        Description = "New or corrected figures of a statistic were published for a period.";
        Field<NonNullGraphType<StringGraphType>>("indicator").Description("The statistic's code, e.g. `population`.").Resolve(ctx => ctx.Source.Event.Indicator);
        Field<NonNullGraphType<StringGraphType>>("period").Description("The period, e.g. `2025-Q3`.").Resolve(ctx => ctx.Source.Event.Period);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("unitCodes").Description("The grids whose figures were published.").Resolve(ctx => ctx.Source.Event.UnitCodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("rolledUpUnitCodes")
            .Description("The larger areas containing them, whose combined figures changed with them.").Resolve(ctx => ctx.Source.Event.RolledUpUnitCodes);
    }
}
