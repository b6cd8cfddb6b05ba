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

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        var (cost, introspectionTooDeep) = QueryCostAnalyzer.Analyze(
            context.Schema, context.Document, context.Operation, context.ArgumentValues, _limits.DefaultListSize, paging.DefaultPageSize, paging.MaxPageSize);
        context.UserContext[QueryCostReporting.UserContextKey] = cost;

        var document = context.Document;
        var operation = context.Operation;
        if (introspectionTooDeep)
        {
            context.ReportError(new QueryLimitError(
                document, operation, QueryLimitError.TooDeep,
                $"Introspection nests `fields`, `inputFields`, `interfaces` or `possibleTypes` more than {QueryCostAnalyzer.MaxIntrospectionNesting} levels deep; the schema is the same at every level, so ask for it once.",
                QueryCostAnalyzer.MaxIntrospectionNesting,
                QueryCostAnalyzer.MaxIntrospectionNesting + 1));
        }

        if (cost.Depth > _limits.MaxDepth)
        {
            context.ReportError(new QueryLimitError(
                document, operation, QueryLimitError.TooDeep,
                $"The operation nests fields {cost.Depth} levels deep; at most {_limits.MaxDepth} are allowed. Ask for less nested data, or fetch the inner objects in a second request.",
                _limits.MaxDepth,
                cost.Depth));
        }

        if (cost.Cost > _limits.MaxCost)
        {
            context.ReportError(new QueryLimitError(
                document, operation, QueryLimitError.TooComplex,
                $"The operation's estimated cost is {QueryLimitError.Figure(cost.Cost)}; at most {QueryLimitError.Figure(_limits.MaxCost)} is allowed. "
                + "Every object and list counts, multiplied by the size of the lists around it: ask for smaller pages (`first`), fewer nested lists or fewer aliases.",
                _limits.MaxCost,
                Math.Ceiling(cost.Cost)));
        }

        if (cost.ResultSize > _limits.MaxResultSize)
        {
            context.ReportError(new QueryLimitError(
                document, operation, QueryLimitError.TooComplex,
                $"The answer could hold {QueryLimitError.Figure(cost.ResultSize)} values; at most {QueryLimitError.Figure(_limits.MaxResultSize)} are allowed. "
                + "Ask for smaller pages (`first`) or fewer fields, and page through the rest.",
                _limits.MaxResultSize,
                Math.Ceiling(cost.ResultSize)));
        }

        return default;
    }
}
