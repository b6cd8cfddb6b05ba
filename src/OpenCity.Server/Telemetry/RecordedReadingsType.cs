using GraphQL.Types;

namespace OpenCity.Server.Telemetry;

/// <summary>GraphQL type of <see cref="RecordedReadings"/>.</summary>
public sealed class RecordedReadingsType : ObjectGraphType<RecordedReadings>
{
    public RecordedReadingsType()
    {
        Name = "RecordedReadings";
        Description = "What happened to a batch of readings.";
        Field(x => x.Recorded).Description("How many readings were stored.");
        Field(x => x.Duplicates).Description("How many were on record already (the same asset, metric and moment) and were not stored again; sending a batch twice is safe.");
    }
}
