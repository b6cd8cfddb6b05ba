using Microsoft.EntityFrameworkCore.Metadata;
using OpenCity.Data.Configurations;

namespace OpenCity.Data.PostgreSql;

/// <summary>
/// Indexes on the case-folded text of the columns declared with
/// <see cref="CaseInsensitiveIndexExtensions.HasCaseInsensitiveIndex"/>, on exactly the expression
/// the query layer's case folding sends to PostgreSQL, <c>translate(lower(column COLLATE "C"), 'À…Þ', 'à…þ')</c>
/// (PostgreSQL uses an expression index only for the same expression):
/// a B-tree with <c>text_pattern_ops</c>, which serves <c>=</c> and a prefix <c>LIKE 'abc%'</c>
/// under any collation, and, where substrings are searched, a trigram GIN index (<c>pg_trgm</c>),
/// which serves <c>LIKE '%abc%'</c> and <c>LIKE '%abc'</c> for three characters or more.
/// </summary>
internal static class PostgreSqlCaseInsensitiveIndexes
{
    /// <summary>The folding rule beyond A–Z (À–Þ but ×), written again here: this project does not know the query layer.</summary>
    private static readonly string Capitals = string.Concat(Enumerable.Range('À', 'Þ' - 'À' + 1).Where(c => c != '×').Select(c => (char)c));

    private static readonly string SmallLetters = string.Concat(Capitals.Select(c => (char)(c + 32)));

    /// <summary>The folded text of a column as the query layer translates it.</summary>
    public static string Folded(string column) => $"translate(lower(\"{column}\" COLLATE \"C\"), '{Capitals}', '{SmallLetters}')";

    /// <summary>Each index: its name and an idempotent <c>CREATE INDEX IF NOT EXISTS</c>.</summary>
    public static IEnumerable<(string Name, string Create)> Indexes(IModel model)
    {
        foreach (var (table, column, substrings) in model.CaseInsensitiveIndexes())
        {
            var name = $"ix_{table}_{column}_folded";
            yield return (name, $"CREATE INDEX IF NOT EXISTS \"{name}\" ON \"{table}\" ({Folded(column)} text_pattern_ops)");
            if (substrings)
            {
                yield return ($"{name}_trgm", $"CREATE INDEX IF NOT EXISTS \"{name}_trgm\" ON \"{table}\" USING gin ({Folded(column)} gin_trgm_ops)");
            }
        }
    }
}
