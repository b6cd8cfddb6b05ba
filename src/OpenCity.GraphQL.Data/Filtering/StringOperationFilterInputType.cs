using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>
/// Conditions on text. Exact by default; the <c>…IgnoreCase</c> operations treat capital and
/// small letters A–Z and À–Þ alike, identically on every database (see <see cref="Folding.CaseFolding"/>).
/// </summary>
public sealed class StringOperationFilterInputType : OperationFilterInputType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a piece of text. Comparisons are exact: capital and small letters differ, e.g. `contains: \"Mill\"` " +
            "does not match \"mill\". The operations ending in `IgnoreCase` treat capital and small letters alike for A–Z and the " +
            "accented Latin letters À–Þ (so \"É\" matches \"é\"); other letters must match exactly. " + CommonRules;
        EqualityOperations<StringGraphType>("text");
        Operation<StringGraphType>("contains", "Contains this text somewhere, e.g. `contains: \"bridge\"`; items with no text are dropped.");
        Operation<StringGraphType>("ncontains", "Does not contain this text; items with no text are kept.");
        Operation<StringGraphType>("startsWith", "Starts with this text; items with no text are dropped.");
        Operation<StringGraphType>("nstartsWith", "Does not start with this text; items with no text are kept.");
        Operation<StringGraphType>("endsWith", "Ends with this text; items with no text are dropped.");
        Operation<StringGraphType>("nendsWith", "Does not end with this text; items with no text are kept.");
        Operation<StringGraphType>("eqIgnoreCase", "The same text apart from capital and small letters: `eqIgnoreCase: \"mill road\"` matches \"Mill Road\".");
        Operation<StringGraphType>("neqIgnoreCase", "Not the same text even ignoring capital and small letters; items with no text are kept.");
        Operation<StringGraphType>("containsIgnoreCase", "Contains this text, ignoring capital and small letters: `containsIgnoreCase: \"bridge\"` matches \"Old Bridge\".");
        Operation<StringGraphType>("ncontainsIgnoreCase", "Does not contain this text, ignoring capital and small letters; items with no text are kept.");
        Operation<StringGraphType>("startsWithIgnoreCase", "Starts with this text, ignoring capital and small letters.");
        Operation<StringGraphType>("nstartsWithIgnoreCase", "Does not start with this text, ignoring capital and small letters; items with no text are kept.");
        Operation<StringGraphType>("endsWithIgnoreCase", "Ends with this text, ignoring capital and small letters.");
        Operation<StringGraphType>("nendsWithIgnoreCase", "Does not end with this text, ignoring capital and small letters; items with no text are kept.");
    }
}
