using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OpenCity.GraphQL.Transport.Execution;

/// <summary>
/// The transport's traces and metrics, under one name (<see cref="Name"/>) for an OpenTelemetry host
/// to listen to: a span per operation and counts of operations, errors, costs and durations.
/// </summary>
public sealed class GraphQLInstrumentation : IDisposable
{
    /// <summary>The name of both the <see cref="ActivitySource"/> and the <see cref="Meter"/>.</summary>
    public const string Name = "OpenCity.GraphQL.Transport";

    public GraphQLInstrumentation(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(Name);
        Operations = meter.CreateCounter<long>("graphql.server.operations", "{operation}", "GraphQL operations, by operation name, type and outcome.");
        Errors = meter.CreateCounter<long>("graphql.server.errors", "{error}", "Errors in GraphQL answers, by error code.");
        Cost = meter.CreateHistogram<double>("graphql.server.operation.cost", "{cost}", "The estimated cost of GraphQL operations.");
        Duration = meter.CreateHistogram<double>("graphql.server.operation.duration", "s", "How long GraphQL operations took, from parsing to the result.");
    }

    public ActivitySource ActivitySource { get; } = new(Name);

    public Counter<long> Operations { get; }

    public Counter<long> Errors { get; }

    public Histogram<double> Cost { get; }

    public Histogram<double> Duration { get; }

    public void Dispose() => ActivitySource.Dispose();
}
