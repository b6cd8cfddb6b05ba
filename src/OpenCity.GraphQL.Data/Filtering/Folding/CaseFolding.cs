using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;

namespace OpenCity.GraphQL.Data.Filtering.Folding;

/// <summary>
/// The case folding of the <c>…IgnoreCase</c> operations: the capitals A–Z and the Latin-1
/// capitals À–Þ (not ×) become small letters; nothing else changes. SQL's <c>lower()</c> is not
/// used because it differs by database (SQLite folds only A–Z, PostgreSQL follows its locale).
/// </summary>
/// <remarks>
/// <see cref="Fold(string)"/> runs in .NET and, on a context configured with
/// <see cref="CaseFoldingDbContextOptionsBuilderExtensions.UseCaseFolding"/>, is translated to a single SQL
/// folding: <c>translate(lower(x COLLATE "C"), 'À…Þ', 'à…þ')</c> on PostgreSQL (immutable, so it can be indexed),
/// <c>opencity_fold(x)</c> on SQLite. Filters fold with <see cref="Fold(Expression)"/>, which
/// every database understands and which that option turns into the single folding.
/// </remarks>
public static class CaseFolding
{
    /// <summary>The name of the SQL function registered on SQLite connections.</summary>
    public const string SqliteFunction = "opencity_fold";

    /// <summary>Every capital the folding changes, A–Z then À–Þ without ×.</summary>
    public static string Capitals { get; } = string.Concat(Enumerable.Range(char.MinValue, 256).Select(c => (char)c).Where(IsCapital));

    /// <summary>The small letters of <see cref="Capitals"/>, in the same order.</summary>
    public static string SmallLetters { get; } = Fold(Capitals);

    /// <summary>
    /// Nested <c>Replace</c> calls, one per capital: the folding every EF Core provider translates
    /// (<c>replace(replace(x, 'A', 'a'), 'B', 'b')…</c>). Recognised by its parameter.
    /// </summary>
    internal static Expression<Func<string, string>> Replacing { get; } = BuildReplacing();

    /// <summary>The text with <see cref="Capitals"/> made small; <c>null</c> stays <c>null</c>.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Fold(string? text)
    {
        if (text is null || !text.Any(IsCapital))
        {
            return text;
        }

        return string.Create(text.Length, text, static (folded, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                folded[i] = IsCapital(source[i]) ? (char)(source[i] + 32) : source[i];
            }
        });
    }

    /// <summary>
    /// Folds UTF-8 text in place, by the same rule: A–Z are the bytes 0x41–0x5A; À–Þ are 0xC3
    /// followed by 0x80–0x9E (× is 0xC3 0x97), and their small letters add 0x20 to that second
    /// byte. No other byte of valid UTF-8 can be taken for these (a continuation byte is 0x80–0xBF).
    /// </summary>
    internal static void FoldUtf8(Span<byte> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is >= (byte)'A' and <= (byte)'Z')
            {
                text[i] += 32;
            }
            else if (text[i] == 0xC3 && i + 1 < text.Length && text[i + 1] is >= 0x80 and <= 0x9E and not 0x97)
            {
                text[++i] += 32;
            }
        }
    }

    /// <summary>
    /// <paramref name="text"/> folded in a query: an invocation of <see cref="Replacing"/>, which EF
    /// Core inlines as nested <c>replace()</c> calls, unless <see cref="CaseFoldingQueryInterceptor"/>
    /// makes it a call of <see cref="Fold(string)"/> first.
    /// </summary>
    internal static Expression Fold(Expression text) => Expression.Invoke(Replacing, text);

    private static bool IsCapital(char c) => c is (>= 'A' and <= 'Z') or (>= 'À' and <= 'Þ') && c != '×';

    private static Expression<Func<string, string>> BuildReplacing()
    {
        var replace = typeof(string).GetMethod(nameof(string.Replace), [typeof(string), typeof(string)])!;
        var text = Expression.Parameter(typeof(string), "text");
        Expression body = text;
        foreach (var capital in Capitals)
        {
            body = Expression.Call(body, replace, Expression.Constant(capital.ToString()), Expression.Constant(((char)(capital + 32)).ToString()));
        }

        return Expression.Lambda<Func<string, string>>(body, text);
    }
}
