namespace OpenCity.Server.Tests.Queries;

/// <summary>
/// The text rules the query layer documents, written again here so the oracle does not share
/// the server's code: case folding of the <c>…IgnoreCase</c> operations and text order.
/// </summary>
internal static class OracleText
{
    /// <summary>Capitals A–Z and À–Þ (but not ×) become small letters; nothing else changes.</summary>
    public static string Fold(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            span[i] = c is (>= 'A' and <= 'Z') or (>= 'À' and <= 'Þ') && c != '×' ? (char)(c + 32) : c;
        }
    });

    /// <summary>By character code, as SQLite's BINARY and PostgreSQL's C collation compare UTF-8 bytes.</summary>
    public static int Compare(string left, string right)
    {
        var x = left.EnumerateRunes();
        var y = right.EnumerateRunes();
        while (true)
        {
            var hasX = x.MoveNext();
            var hasY = y.MoveNext();
            if (!hasX || !hasY)
            {
                return hasX.CompareTo(hasY);
            }

            var compared = x.Current.Value.CompareTo(y.Current.Value);
            if (compared != 0)
            {
                return compared;
            }
        }
    }

    /// <summary>The GraphQL name of an enum value: <c>BusStop</c> is <c>BUS_STOP</c>.</summary>
    public static string EnumName(Enum value) =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();

    /// <summary>Changes the case of some letters at random, for the <c>…IgnoreCase</c> operations.</summary>
    public static string ScrambleCase(Random random, string text) => string.Create(text.Length, (text, random), (span, state) =>
    {
        for (var i = 0; i < state.text.Length; i++)
        {
            var c = state.text[i];
            span[i] = state.random.Next(2) == 0 ? c : char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c);
        }
    });
}
