using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Options;

namespace OpenCity.GraphQL.Data.Cost;

/// <summary>
/// Reports the estimate of <see cref="QueryCostValidationRule"/> in every answer, beside its limits,
/// as <c>extensions.cost</c>: <c>{ estimated, limit, resultSize, resultSizeLimit, depth, depthLimit }</c>,
/// so clients can see how close a query is to being refused and plan.
/// </summary>
public sealed class QueryCostReporting(IOptions<QueryCostOptions> options) : IConfigureExecution
{
    internal const string UserContextKey = "OpenCity.QueryCost";

    private readonly QueryCostOptions _limits = options.Value;

    /// <summary>After the transport's limits and before the document cache: sees what validation estimated.</summary>
    public float SortOrder => 150;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var result = await next(options);
        if (options.UserContext.TryGetValue(UserContextKey, out var value) && value is QueryCost cost)
        {
            (result.Extensions ??= [])["cost"] = new Dictionary<string, object?>
            {
                ["estimated"] = Math.Ceiling(cost.Cost),
                ["limit"] = _limits.MaxCost,
                ["resultSize"] = Math.Ceiling(cost.ResultSize),
                ["resultSizeLimit"] = _limits.MaxResultSize,
                ["depth"] = cost.Depth,
                ["depthLimit"] = _limits.MaxDepth,
            };
        }

        return result;
    }
}
