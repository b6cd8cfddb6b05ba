using System.Collections;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>
/// How large a filter value is: its conditions (every field and operation written, in every branch),
/// its depth, its widest <c>and</c>/<c>or</c> and its longest value list (values are capped apart).
/// </summary>
internal readonly record struct FilterSize(int Nodes, int Depth, int Branches, int ListValues)
{
    /// <summary>Measures a filter as GraphQL coerced it (dictionaries and lists); recursion is bounded by the document's nesting limits.</summary>
    public static FilterSize Of(object? value)
    {
        var size = default(FilterSize);
        Measure(value, 1, ref size);
        return size;
    }

    private static void Measure(object? value, int depth, ref FilterSize size)
    {
        if (value is not IDictionary<string, object?> fields)
        {
            return;
        }

        size = size with { Depth = Math.Max(size.Depth, depth) };
        foreach (var (name, field) in fields)
        {
            size = size with { Nodes = size.Nodes + 1 };
            if (field is IDictionary<string, object?>)
            {
                Measure(field, depth + 1, ref size);
            }
            else if (field is IList items)
            {
                size = size with
                {
                    Branches = name is "and" or "or" ? Math.Max(size.Branches, items.Count) : size.Branches,
                    ListValues = name is "and" or "or" ? size.ListValues : Math.Max(size.ListValues, items.Count),
                };
                foreach (var item in items)
                {
                    Measure(item, depth + 1, ref size);
                }
            }
        }
    }
}
