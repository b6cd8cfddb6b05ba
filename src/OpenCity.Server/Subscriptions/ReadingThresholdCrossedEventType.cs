using GraphQL.Types;
using OpenCity.Domain.Components;
using OpenCity.Server.Components;

namespace OpenCity.Server.Subscriptions;

/// <summary>GraphQL type of a threshold crossing as a subscription delivers it.</summary>
public sealed class ReadingThresholdCrossedEventType : EventDeliveryType<ThresholdCrossing>
{
    public ReadingThresholdCrossedEventType()
    {
        Name = "ReadingThresholdCrossedEvent";
        Description = "A metric of an asset went past your threshold: delivered once when it crosses, not again while it stays past it.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The asset's code, e.g. `SN-000101`.").Resolve(ctx => ctx.Source.Event.Code);
        Field<NonNullGraphType<ComponentKindType>>("kind").Description("What the asset is.").Resolve(ctx => Enum.Parse<ComponentKind>(ctx.Source.Event.Kind));
        Field<NonNullGraphType<StringGraphType>>("metric").Description("What was measured, e.g. `pressure`.").Resolve(ctx => ctx.Source.Event.Metric);
        Field<NonNullGraphType<ThresholdDirectionType>>("direction").Description("Whether it went above or below.").Resolve(ctx => ctx.Source.Event.Direction);
        Field<NonNullGraphType<FloatGraphType>>("threshold").Description("The threshold it crossed.").Resolve(ctx => ctx.Source.Event.Threshold);
        Field<NonNullGraphType<FloatGraphType>>("value").Description("The value past the threshold: the highest (above) or lowest (below) of the new values.").Resolve(ctx => ctx.Source.Event.Value);
        Field<NonNullGraphType<FloatGraphType>>("latestValue").Description("The newest value.").Resolve(ctx => ctx.Source.Event.LatestValue);
        Field<NonNullGraphType<DateTimeGraphType>>("measuredAt").Description("When the newest value was measured (UTC).").Resolve(ctx => ctx.Source.Event.MeasuredAt);
        Field<NonNullGraphType<StringGraphType>>("unitOfMeasure").Description("The unit of the values, e.g. `bar`.").Resolve(ctx => ctx.Source.Event.UnitOfMeasure);
    }
}
