using GraphQL.Types;

namespace OpenCity.Server.Telemetry;

/// <summary>GraphQL input of <c>recordReadings</c>.</summary>
public sealed class RecordReadingsInputType : InputObjectGraphType<RecordReadingsInput>
{
    public RecordReadingsInputType()
    {
        Name = "RecordReadingsInput";
        Description = "A batch of measured values, stored all together or not at all.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReadingInputType>>>>("readings")
            .Description("The values, at most `OpenCity:Writes:MaxReadingsPerBatch` (1,000 by default) in one batch. A value already recorded for the same asset, metric and moment is counted as a duplicate and not stored again.");
    }
}
