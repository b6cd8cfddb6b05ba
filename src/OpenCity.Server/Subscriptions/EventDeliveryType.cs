using GraphQL.Types;

namespace OpenCity.Server.Subscriptions;

/// <summary>The fields every delivered event has: its place in the city's sequence, its time, and what the subscriber missed.</summary>
public abstract class EventDeliveryType<TEvent> : ObjectGraphType<EventDelivery<TEvent>>
{
    protected EventDeliveryType()
    {
        Field<NonNullGraphType<LongGraphType>>("sequence")
            .Description("The event's number: every change in the city gets the next one, in the order they happened. Numbers skipped between two deliveries are events this subscription did not ask for, unless `missed` says otherwise.")
            .Resolve(ctx => ctx.Source.Sequence);
        Field<NonNullGraphType<DateTimeGraphType>>("occurredAt")
            .Description("When the change was saved (ISO 8601, UTC).")
            .Resolve(ctx => ctx.Source.OccurredAt);
        Field<NonNullGraphType<LongGraphType>>("missed")
            .Description("How many of the city's events before this one the subscription could not check because it fell behind or the link between the city's servers lost them; usually 0. Some of them may have been for you: read the current state again if it matters.")
            .Resolve(ctx => ctx.Source.Missed);
    }
}
