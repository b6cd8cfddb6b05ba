using System.Collections;
using NetTopologySuite.Geometries;

namespace OpenCity.GraphQL.Data.Limits;

/// <summary>
/// How large a filter value is: its conditions (every field and operation written, in every
/// branch), its depth, its widest <c>and</c>/<c>or</c>, its longest value list (values are capped
/// apart), its longest text, and the positions of the geometries it asks to buffer.
/// </summary>
internal readonly record struct FilterSize(int Conditions, int Depth, int Branches, int ListValues, int TextLength, int BufferedPositions)
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
        if (fields.TryGetValue("geometry", out var geometry) && geometry is Geometry buffered
            && fields.TryGetValue("buffer", out var buffer) && buffer is not null && Convert.ToDouble(buffer, System.Globalization.CultureInfo.InvariantCulture) != 0)
        {
            size = size with { BufferedPositions = size.BufferedPositions + buffered.NumPoints };
        }

        foreach (var (name, field) in fields)
        {
            size = size with { Conditions = size.Conditions + 1 };
            switch (field)
            {
                case IDictionary<string, object?>:
                    Measure(field, depth + 1, ref size);
                    break;
                case string text:
                    size = size with { TextLength = Math.Max(size.TextLength, text.Length) };
                    break;
                case IList items:
                    size = size with
                    {
                        Branches = name is "and" or "or" ? Math.Max(size.Branches, items.Count) : size.Branches,
                        ListValues = name is "and" or "or" ? size.ListValues : Math.Max(size.ListValues, items.Count),
                    };
                    foreach (var item in items)
                    {
                        if (item is string listed)
                        {
                            size = size with { TextLength = Math.Max(size.TextLength, listed.Length) };
                        }

                        Measure(item, depth + 1, ref size);
                    }

                    break;
            }
        }
    }
}
