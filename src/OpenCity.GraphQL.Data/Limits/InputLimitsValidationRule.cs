using System.Buffers;
using System.Collections;
using System.Runtime.CompilerServices;
using System.Text;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using OpenCity.GraphQL.Data.Filtering;
using OpenCity.GraphQL.Data.Sorting;

namespace OpenCity.GraphQL.Data.Limits;

/// <summary>
/// Refuses inputs larger than <see cref="InputLimitsOptions"/> allows before any of them is
/// translated or run: a <c>where</c> becomes one expression tree, and one with tens of thousands of
/// branches, or an <c>order</c> with thousands of keys, would exhaust the translator's stack; a long
/// text is refused by the database's pattern matching; geometries to buffer cost time that cannot be
/// interrupted. Text that is not well-formed Unicode — a NUL character, half of a surrogate pair — is
/// refused wherever it is given: no database column holds it (PostgreSQL refuses it outright). Runs
/// for cached documents too, since inputs usually come in the variables.
/// </summary>
public sealed class InputLimitsValidationRule(IOptions<InputLimitsOptions> options) : ValidationRuleBase
{
    private readonly InputLimitsOptions _limits = options.Value;

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (context.ArgumentValues is null)
        {
            return default;
        }

        var buffered = new StrongBox<int>();
        return new ValueTask<INodeVisitor?>(new MatchingNodeVisitor<GraphQLField>((field, ctx) => Check(field, ctx, buffered)));
    }

    /// <param name="field">A field of the document.</param>
    /// <param name="context">The validation under way.</param>
    /// <param name="buffered">The positions buffered by the fields checked so far: the budget is the operation's.</param>
    private void Check(GraphQLField field, ValidationContext context, StrongBox<int> buffered)
    {
        if (context.TypeInfo.GetFieldDef() is not { Arguments: { } arguments }
            || !context.ArgumentValues!.TryGetValue(field, out var values))
        {
            return;
        }

        foreach (var argument in arguments)
        {
            if (!values.TryGetValue(argument.Name, out var value))
            {
                continue;
            }

            var node = (ASTNode?)field.Arguments?.ValueFor(argument.Name) ?? field;
            if (HoldsInvalidText(value.Value))
            {
                context.ReportError(new ValidationError(
                    context.Document.Source,
                    null!,
                    $"`{argument.Name}` holds text that is not valid Unicode (a NUL character U+0000, or half of a surrogate pair), which no text here can hold: leave it out.",
                    node)
                {
                    Code = "INVALID_VALUE",
                });
            }

            switch (ArgumentReader.Unwrap(argument.ResolvedType!))
            {
                case IFilterInputType:
                    var size = FilterSize.Of(value.Value);
                    buffered.Value += size.BufferedPositions;
                    Refuse(context, node, FilterErrorCodes.InvalidFilter, $"`{argument.Name}` holds {{0:N0}} levels of nested objects; at most {{1:N0}} are allowed.", _limits.MaxFilterDepth, size.Depth);
                    Refuse(context, node, FilterErrorCodes.InvalidFilter, $"`{argument.Name}` holds {{0:N0}} branches in one `and` or `or`; at most {{1:N0}} are allowed.", _limits.MaxFilterBranches, size.Branches);
                    Refuse(context, node, FilterErrorCodes.InvalidFilter, $"`{argument.Name}` holds {{0:N0}} values in one list (`in`, `nin`); at most {{1:N0}} are allowed.", _limits.MaxListValues, size.ListValues);
                    Refuse(context, node, FilterErrorCodes.InvalidFilter, $"`{argument.Name}` holds {{0:N0}} conditions in all; at most {{1:N0}} are allowed.", _limits.MaxFilterConditions, size.Conditions);
                    Refuse(context, node, FilterErrorCodes.InvalidFilter, $"`{argument.Name}` holds a text of {{0:N0}} characters; at most {{1:N0}} are allowed.", _limits.MaxTextLength, size.TextLength);
                    Refuse(context, node, FilterErrorCodes.InvalidFilter, "The operation asks to buffer geometries of {0:N0} positions in all; at most {1:N0} are allowed. Simplify them, or use `dwithin` or `distance`, which take larger ones.", _limits.MaxBufferedPositions, buffered.Value);
                    break;
                case ListGraphType { ResolvedType: { } element } when ArgumentReader.Unwrap(element) is ISortInputType && value.Value is ICollection keys:
                    Refuse(context, node, SortErrorCodes.InvalidSort, $"`{argument.Name}` holds {{0:N0}} sort keys; at most {{1:N0}} are allowed.", _limits.MaxSortKeys, keys.Count);
                    break;
            }
        }
    }

    private static void Refuse(ValidationContext context, ASTNode node, string code, string message, int limit, int value)
    {
        if (value > limit)
        {
            context.ReportError(new InputLimitError(
                context.Document, node, code, string.Format(System.Globalization.CultureInfo.InvariantCulture, message, value, limit) + " Split the question into several requests, or ask more broadly.", limit, value));
        }
    }

    private static bool HoldsInvalidText(object? value) => value switch
    {
        string text => text.Contains('\0', StringComparison.Ordinal) || !IsWellFormed(text),
        IDictionary<string, object?> fields => fields.Values.Any(HoldsInvalidText),
        IEnumerable items and not string => items.Cast<object?>().Any(HoldsInvalidText),
        _ => false,
    };

    private static bool IsWellFormed(string text)
    {
        var rest = text.AsSpan();
        var surrogate = rest.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (surrogate < 0)
        {
            return true;
        }

        for (rest = rest[surrogate..]; !rest.IsEmpty;)
        {
            if (Rune.DecodeFromUtf16(rest, out _, out var read) != OperationStatus.Done)
            {
                return false;
            }

            rest = rest[read..];
        }

        return true;
    }
}
