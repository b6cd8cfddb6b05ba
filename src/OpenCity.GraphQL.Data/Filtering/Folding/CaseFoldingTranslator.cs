using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenCity.GraphQL.Data.Filtering.Folding;

/// <summary>
/// Translates <see cref="CaseFolding.Fold(string)"/> to one SQL expression. On PostgreSQL
/// <c>translate(lower(x COLLATE "C"), 'À…Þ', 'à…þ')</c>, which the case-folded expression indexes
/// repeat word for word: under the C collation <c>lower()</c> folds A–Z only, byte by byte, and
/// <c>translate()</c> the accented capitals. (<c>translate()</c> compares every character with
/// each one it replaces: with A–Z among them it costs 3–4 times as much per row, more than the
/// 56 nested <c>replace()</c> calls it replaces.) On SQLite <c>opencity_fold(x)</c>, registered
/// by <see cref="SqliteCaseFoldingInterceptor"/>.
/// </summary>
internal sealed class CaseFoldingTranslator(ISqlExpressionFactory sql, IRelationalTypeMappingSource typeMappings, CaseFoldingDialect dialect)
    : IMethodCallTranslator
{
    /// <summary>A–Z, the first capitals of <see cref="CaseFolding.Capitals"/>.</summary>
    private const int Ascii = 26;

    private static readonly MethodInfo Fold = typeof(CaseFolding).GetMethod(nameof(CaseFolding.Fold), [typeof(string)])!;

    public SqlExpression? Translate(
        SqlExpression? instance, MethodInfo method, IReadOnlyList<SqlExpression> arguments, IDiagnosticsLogger<DbLoggerCategory.Query> logger)
    {
        if (method != Fold)
        {
            return null;
        }

        var text = sql.ApplyDefaultTypeMapping(arguments[0]);
        return dialect switch
        {
            CaseFoldingDialect.PostgreSql => sql.Function(
                "translate",
                [
                    sql.Function("lower", [new CollateExpression(text, "C")], nullable: true, argumentsPropagateNullability: [true], typeof(string), text.TypeMapping),
                    Literal(CaseFolding.Capitals[Ascii..]),
                    Literal(CaseFolding.SmallLetters[Ascii..]),
                ],
                nullable: true,
                argumentsPropagateNullability: [true, false, false],
                typeof(string),
                text.TypeMapping),
            CaseFoldingDialect.Sqlite => sql.Function(
                CaseFolding.SqliteFunction, [text], nullable: true, argumentsPropagateNullability: [true], typeof(string), text.TypeMapping),
            _ => null,
        };
    }

    private SqlConstantExpression Literal(string value) => (SqlConstantExpression)sql.Constant(value, typeMappings.FindMapping(typeof(string)));
}
