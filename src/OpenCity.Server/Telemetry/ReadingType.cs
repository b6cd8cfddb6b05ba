using GraphQL.Types;
using OpenCity.Domain.Telemetry;

namespace OpenCity.Server.Telemetry;

/// <summary>GraphQL type of a telemetry value.</summary>
public sealed class ReadingType : ObjectGraphType<Reading>
{
    public ReadingType()
    {
        Name = "Reading";
        Description = "One value measured by a sensor or a smart asset at a moment.";
        Field(x => x.Metric).Description("What was measured, e.g. `pressure`, `flow_rate`, `lux`, `pm25`.");
        Field<NonNullGraphType<DateTimeGraphType>>("measuredAt")
            .Description("When it was measured (ISO 8601, UTC).")
            .Resolve(ctx => ctx.Source.MeasuredAt);
        Field(x => x.Value).Description("The measured value, in `unitOfMeasure`.");
        Field(x => x.UnitOfMeasure).Description("The unit of the value, e.g. `bar`, `l/s`, `lx`, `µg/m³`.");
    }
}
