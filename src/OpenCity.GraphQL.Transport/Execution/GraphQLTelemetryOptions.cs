namespace OpenCity.GraphQL.Transport.Execution;

/// <summary>What the transport logs about its operations, bound from <c>OpenCity:Telemetry</c>.</summary>
public sealed class GraphQLTelemetryOptions
{
    public const string SectionName = "OpenCity:Telemetry";

    /// <summary>Operations that take at least this long are logged (warning) with their name and estimated cost.</summary>
    public TimeSpan SlowRequestThreshold { get; set; } = TimeSpan.FromSeconds(1);
}
