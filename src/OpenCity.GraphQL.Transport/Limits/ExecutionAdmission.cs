using System.Threading.RateLimiting;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Options;
using OpenCity.GraphQL.Transport.Errors;

namespace OpenCity.GraphQL.Transport.Limits;

/// <summary>
/// Bounds the work running in this process: at most <see cref="GraphQLLimitsOptions.MaxConcurrentRequests"/>
/// operations at once, each resolving at most <see cref="GraphQLLimitsOptions.MaxParallelResolvers"/>
/// fields in parallel (so database work is bounded per request and in total). Others wait in a
/// bounded queue for at most <see cref="GraphQLLimitsOptions.QueueTimeout"/>, then are refused with
/// SERVER_BUSY (503, Retry-After) before any of their work starts.
/// </summary>
public sealed class ExecutionAdmission : IConfigureExecution, IDisposable
{
    private readonly GraphQLLimitsOptions _limits;
    private readonly ConcurrencyLimiter _limiter;

    public ExecutionAdmission(IOptions<GraphQLLimitsOptions> options)
    {
        _limits = options.Value;
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = _limits.MaxConcurrentRequests,
            QueueLimit = _limits.MaxQueuedRequests,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>Outside the timeout (40), inside the error cap (20).</summary>
    public float SortOrder => 30;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        RateLimitLease lease;
        using (var wait = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken))
        {
            wait.CancelAfter(_limits.QueueTimeout);
            try
            {
                lease = await _limiter.AcquireAsync(1, wait.Token);
            }
            catch (OperationCanceledException) when (!options.CancellationToken.IsCancellationRequested)
            {
                return Busy();
            }
        }

        using (lease)
        {
            if (!lease.IsAcquired)
            {
                return Busy();
            }

            options.MaxParallelExecutionCount = _limits.MaxParallelResolvers;
            return await next(options);
        }
    }

    public void Dispose() => _limiter.Dispose();

    private ExecutionResult Busy() =>
        new(new ServerBusyError(_limits.MaxConcurrentRequests, TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(_limits.QueueTimeout.TotalSeconds)))));
}
