using GraphQL.Types;
using OpenCity.Domain.Components;
using OpenCity.Server.Components;
using OpenCity.Server.Events;

namespace OpenCity.Server.Subscriptions;

/// <summary>GraphQL type of new readings as a subscription delivers them.</summary>
public sealed class ReadingsRecordedEventType : EventDeliveryType<ReadingsRecorded>
{
    public ReadingsRecordedEventType()
    {
        Name = "ReadingsRecordedEvent";
        Description = "New values of one metric of one asset were recorded (with `sampleEverySeconds`: all of them within the sampling window, summed up).";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The asset's code, e.g. `SN-000101`.").Resolve(ctx => ctx.Source.Event.Code);
        Field<NonNullGraphType<ComponentKindType>>("kind").Description("What the asset is.").Resolve(ctx => Enum.Parse<ComponentKind>(ctx.Source.Event.Kind));
        Field<StringGraphType>("gridCode").Description("The code of the grid it lies in.").Resolve(ctx => ctx.Source.Event.GridCode);
        Field<NonNullGraphType<StringGraphType>>("metric").Description("What was measured, e.g. `pressure`.").Resolve(ctx => ctx.Source.Event.Metric);
        Field<NonNullGraphType<StringGraphType>>("unitOfMeasure").Description("The unit of the newest value, e.g. `bar`.").Resolve(ctx => ctx.Source.Event.UnitOfMeasure);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many new values.").Resolve(ctx => ctx.Source.Event.Count);
        Field<NonNullGraphType<DateTimeGraphType>>("firstMeasuredAt").Description("When the earliest of them was measured (UTC).").Resolve(ctx => ctx.Source.Event.FirstMeasuredAt);
        Field<NonNullGraphType<DateTimeGraphType>>("lastMeasuredAt").Description("When the newest of them was measured (UTC).").Resolve(ctx => ctx.Source.Event.LastMeasuredAt);
        Field<NonNullGraphType<FloatGraphType>>("latestValue").Description("The newest value.").Resolve(ctx => ctx.Source.Event.LatestValue);
        Field<NonNullGraphType<FloatGraphType>>("minValue").Description("The smallest of the new values.").Resolve(ctx => ctx.Source.Event.MinValue);
        Field<NonNullGraphType<FloatGraphType>>("maxValue").Description("The largest of the new values.").Resolve(ctx => ctx.Source.Event.MaxValue);
    }
}
