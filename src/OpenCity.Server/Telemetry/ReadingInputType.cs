using GraphQL.Types;

namespace OpenCity.Server.Telemetry;

/// <summary>GraphQL input of one reading.</summary>
public sealed class ReadingInputType : InputObjectGraphType<ReadingInput>
{
    public ReadingInputType()
    {
        Name = "ReadingInput";
        Description = "One value an asset measured at a moment.";
        Field(x => x.ComponentCode).Description("The code of the asset that measured it, e.g. `SN-000042`.");
        Field(x => x.Metric).Description("What was measured, e.g. `pressure` (1 to 64 characters).");
        Field<NonNullGraphType<DateTimeGraphType>>("measuredAt").Description("When it was measured (ISO 8601 with a time zone, e.g. `2026-03-01T08:00:00Z`; kept to the microsecond).");
        Field(x => x.Value).Description("The measured value, a finite number in `unitOfMeasure`.");
        Field(x => x.UnitOfMeasure).Description("The unit of the value, e.g. `bar` (1 to 32 characters).");
    }
}
