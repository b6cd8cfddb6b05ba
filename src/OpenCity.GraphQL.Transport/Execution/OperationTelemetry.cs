using System.Diagnostics;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OpenCity.GraphQL.Transport.Execution;

/// <summary>
/// Traces and counts each operation: a span (child of the HTTP request's, parent of the database
/// statements') named for the operation, with its name, type and estimated cost; the operation,
/// error, cost and duration metrics; and a warning for an operation slower than
/// <see cref="GraphQLTelemetryOptions.SlowRequestThreshold"/>. The cost is whatever the schema's
/// layer reports as <c>extensions.cost.estimated</c>; the transport does not estimate it.
/// </summary>
public sealed partial class OperationTelemetry(
    GraphQLInstrumentation instrumentation,
    IOptions<GraphQLTelemetryOptions> options,
    ILogger<OperationTelemetry> logger) : IConfigureExecution
{
    // Operation names are chosen by clients: a bounded length keeps tags and logs small.
    private const int MaxNameLength = 100;

    private readonly TimeSpan _slow = options.Value.SlowRequestThreshold;

    /// <summary>Outermost: it times and sees every step, refusals included.</summary>
    public float SortOrder => 10;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        using var activity = instrumentation.ActivitySource.StartActivity("GraphQL operation");
        var started = Stopwatch.GetTimestamp();
        ExecutionResult result;
        try
        {
            result = await next(options);
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            instrumentation.Operations.Add(1, new TagList { { "outcome", "exception" } });
            throw;
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var operation = result.Operation ?? SoleOperation(result.Document ?? options.Document);
        var name = Truncate(operation?.Name?.StringValue ?? options.OperationName);
        var type = operation?.Operation switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => null,
        };
        var cost = EstimatedCost(result);
        var outcome = result.Errors is not { Count: > 0 } ? "success" : result.Executed ? "error" : "rejected";

        var tags = new TagList { { "outcome", outcome } };
        if (name is not null)
        {
            tags.Add("graphql.operation.name", name);
        }

        if (type is not null)
        {
            tags.Add("graphql.operation.type", type);
        }

        instrumentation.Operations.Add(1, tags);
        instrumentation.Duration.Record(elapsed.TotalSeconds, tags);
        if (cost is { } estimated)
        {
            instrumentation.Cost.Record(estimated, new TagList { { "graphql.operation.name", name } });
        }

        foreach (var error in result.Errors ?? [])
        {
            instrumentation.Errors.Add(1, new TagList { { "error.code", error.Code ?? "UNKNOWN" } });
        }

        if (activity is not null)
        {
            activity.DisplayName = name is null ? type ?? "GraphQL operation" : $"{type} {name}";
            activity.SetTag("graphql.operation.name", name);
            activity.SetTag("graphql.operation.type", type);
            activity.SetTag("graphql.operation.estimated_cost", cost);
            if (outcome != "success")
            {
                activity.SetStatus(ActivityStatusCode.Error, result.Errors![0].Code);
            }
        }

        if (elapsed >= _slow)
        {
            LogSlowOperation(logger, type ?? "operation", name ?? "(anonymous)", elapsed.TotalMilliseconds, cost, outcome);
        }

        return result;
    }

    // A document refused by validation has no operation chosen; when it holds one, that is the one meant.
    private static GraphQLOperationDefinition? SoleOperation(GraphQLDocument? document) =>
        document?.Definitions.OfType<GraphQLOperationDefinition>().Take(2).ToList() is [var sole] ? sole : null;

    private static string? Truncate(string? name) => name is { Length: > MaxNameLength } ? name[..MaxNameLength] : name;

    private static double? EstimatedCost(ExecutionResult result) =>
        result.Extensions?.TryGetValue("cost", out var cost) == true
        && cost is IReadOnlyDictionary<string, object?> report
        && report.TryGetValue("estimated", out var estimated)
        && estimated is IConvertible number
            ? number.ToDouble(System.Globalization.CultureInfo.InvariantCulture)
            : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slow GraphQL {OperationType} {OperationName}: {ElapsedMilliseconds:0} ms, estimated cost {EstimatedCost}, {Outcome}")]
    private static partial void LogSlowOperation(ILogger logger, string operationType, string operationName, double elapsedMilliseconds, double? estimatedCost, string outcome);
}
