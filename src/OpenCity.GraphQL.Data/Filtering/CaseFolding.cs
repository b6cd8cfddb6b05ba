using System.Linq.Expressions;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>
/// The case folding of the <c>…IgnoreCase</c> operations: the capitals A–Z and the Latin-1
/// capitals À–Þ (not ×) become small letters; nothing else changes. SQL's <c>lower()</c> is not
/// used because it differs by database (SQLite folds only A–Z, PostgreSQL follows its locale);
/// nested <c>replace()</c> calls give the same answer on every database and in .NET.
/// </summary>
internal static class CaseFolding
{
    private static readonly char[] Capitals =
        [.. Enumerable.Range('A', 26).Concat(Enumerable.Range(0xC0, 31).Where(c => c != 0xD7)).Select(c => (char)c)];

    private static readonly System.Reflection.MethodInfo Replace = typeof(string).GetMethod(nameof(string.Replace), [typeof(string), typeof(string)])!;

    public static string Fold(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (Array.IndexOf(Capitals, chars[i]) >= 0)
            {
                chars[i] = (char)(chars[i] + 32);
            }
        }

        return new string(chars);
    }

    public static Expression Fold(Expression text)
    {
        foreach (var capital in Capitals)
        {
            text = Expression.Call(
                text,
                Replace,
                Expression.Constant(capital.ToString()),
                Expression.Constant(((char)(capital + 32)).ToString()));
        }

        return text;
    }
}
