using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OpenCity.GraphQL.Transport.Execution;

/// <summary>
/// The transport's traces and metrics, under one name (<see cref="Name"/>) for an OpenTelemetry host
/// to listen to: a span per operation and counts of operations, errors, costs and durations, and the streaming
/// transports' connections, subscriptions and messages delivered and dropped.
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
        StreamConnections = meter.CreateUpDownCounter<long>("graphql.server.stream.connections", "{connection}", "Open streaming connections, by transport (ws, sse).");
        StreamSubscriptions = meter.CreateUpDownCounter<long>("graphql.server.stream.subscriptions", "{subscription}", "Active subscriptions, by transport.");
        StreamMessagesDelivered = meter.CreateCounter<long>("graphql.server.stream.messages.delivered", "{message}", "Results (next) written to streaming clients, by transport.");
        StreamMessagesDropped = meter.CreateCounter<long>("graphql.server.stream.messages.dropped", "{message}", "Messages dropped for streaming clients that read too slowly, by transport.");
    }

    public ActivitySource ActivitySource { get; } = new(Name);

    public Counter<long> Operations { get; }

    public Counter<long> Errors { get; }

    public Histogram<double> Cost { get; }

    public Histogram<double> Duration { get; }

    public UpDownCounter<long> StreamConnections { get; }

    public UpDownCounter<long> StreamSubscriptions { get; }

    public Counter<long> StreamMessagesDelivered { get; }

    public Counter<long> StreamMessagesDropped { get; }

    public void Dispose() => ActivitySource.Dispose();
}
