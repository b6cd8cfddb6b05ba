using GraphQL.Validation;
using Microsoft.Extensions.Options;
using OpenCity.GraphQL.Data.Paging;

namespace OpenCity.GraphQL.Data.Cost;

/// <summary>
/// Estimates every operation's cost once its arguments are known and refuses it, before any
/// resolver runs, when the cost, the result size or the depth passes its limit. Runs for cached
/// documents too (the estimate depends on the variables). The estimate is kept for
/// <see cref="QueryCostReporting"/>, which reports it with the answer.
/// </summary>
public sealed class QueryCostValidationRule(IOptions<QueryCostOptions> options, PagingOptions paging) : ValidationRuleBase
{
    private readonly QueryCostOptions _limits = options.Value;

    // One schema per service: its introspection price is worked out on the first request.
    private IntrospectionSize? _introspection;

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        var (cost, introspectionTooDeep) = QueryCostAnalyzer.Analyze(
            context.Schema, _introspection ??= IntrospectionSize.Of(context.Schema), context.Document, context.Operation, context.ArgumentValues, _limits.DefaultListSize, paging.DefaultPageSize, paging.MaxPageSize);
        context.UserContext[QueryCostReporting.UserContextKey] = cost;

        Refuse(context, introspectionTooDeep, QueryLimitError.TooDeep, QueryCostAnalyzer.MaxIntrospectionNesting, QueryCostAnalyzer.MaxIntrospectionNesting + 1,
            () => $"Introspection nests `fields`, `inputFields`, `interfaces` or `possibleTypes` more than {QueryCostAnalyzer.MaxIntrospectionNesting} levels deep; the schema is the same at every level, so ask for it once.");
        Refuse(context, cost.Depth > _limits.MaxDepth, QueryLimitError.TooDeep, _limits.MaxDepth, cost.Depth,
            () => $"The operation nests fields {cost.Depth} levels deep; at most {_limits.MaxDepth} are allowed. Ask for less nested data, or fetch the inner objects in a second request.");
        Refuse(context, cost.Cost > _limits.MaxCost, QueryLimitError.TooComplex, _limits.MaxCost, Math.Ceiling(cost.Cost),
            () => $"The operation's estimated cost is {QueryLimitError.Figure(cost.Cost)}; at most {QueryLimitError.Figure(_limits.MaxCost)} is allowed. "
            + "Every object and list counts, multiplied by the size of the lists around it: ask for smaller pages (`first`), fewer nested lists or fewer aliases.");
        Refuse(context, cost.ResultSize > _limits.MaxResultSize, QueryLimitError.TooComplex, _limits.MaxResultSize, Math.Ceiling(cost.ResultSize),
            () => $"The answer could hold {QueryLimitError.Figure(cost.ResultSize)} values; at most {QueryLimitError.Figure(_limits.MaxResultSize)} are allowed. "
            + "Ask for smaller pages (`first`) or fewer fields, and page through the rest.");
        return default;
    }

    // The message is written only for a refusal: the checks run on every request.
    private static void Refuse(ValidationContext context, bool passed, string code, double limit, double value, Func<string> message)
    {
        if (passed)
        {
            context.ReportError(new QueryLimitError(context.Document, context.Operation, code, message(), limit, value));
        }
    }
}
