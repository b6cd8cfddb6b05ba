using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>
/// Refuses a <c>where</c> filter larger than <see cref="FilterLimitsOptions"/> allows before any of it
/// is translated: a filter becomes one expression tree, and one with tens of thousands of branches
/// would exhaust the translator's stack or the database's expression limits. Runs for cached
/// documents too, since a filter usually comes in the variables.
/// </summary>
public sealed class FilterLimitsValidationRule(IOptions<FilterLimitsOptions> options) : ValidationRuleBase
{
    private readonly FilterLimitsOptions _limits = options.Value;

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) =>
        context.ArgumentValues is null
            ? default
            : new ValueTask<INodeVisitor?>(new MatchingNodeVisitor<GraphQLField>((field, ctx) => Check(field, ctx)));

    private void Check(GraphQLField field, ValidationContext context)
    {
        if (context.TypeInfo.GetFieldDef() is not { Arguments: { } arguments }
            || !context.ArgumentValues!.TryGetValue(field, out var values))
        {
            return;
        }

        foreach (var argument in arguments)
        {
            if (ArgumentReader.Unwrap(argument.ResolvedType!) is not IFilterInputType
                || !values.TryGetValue(argument.Name, out var value))
            {
                continue;
            }

            var size = FilterSize.Of(value.Value);
            var node = (ASTNode?)field.Arguments?.ValueFor(argument.Name) ?? field;
            Refuse(context, node, argument.Name, "levels of nested objects", _limits.MaxDepth, size.Depth);
            Refuse(context, node, argument.Name, "branches in one `and` or `or`", _limits.MaxBranches, size.Branches);
            Refuse(context, node, argument.Name, "values in one list (`in`, `nin`)", _limits.MaxListValues, size.ListValues);
            Refuse(context, node, argument.Name, "conditions in all", _limits.MaxNodes, size.Nodes);
        }
    }

    private static void Refuse(ValidationContext context, ASTNode node, string argument, string what, int limit, int value)
    {
        if (value > limit)
        {
            context.ReportError(new FilterLimitError(context.Document, node, $"`{argument}` holds {value:N0} {what}; at most {limit:N0} are allowed. Split the question into several requests, or use a broader condition.", limit, value));
        }
    }
}
