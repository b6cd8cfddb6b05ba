using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenCity.GraphQL.Data.Filtering.Folding;

/// <summary>
/// Translates <see cref="CaseFolding.Fold(string)"/> to one SQL call: on PostgreSQL
/// <c>translate(x, 'A…Þ', 'a…þ')</c>, which the case-folded expression indexes repeat word for
/// word; on SQLite <c>opencity_fold(x)</c>, registered by <see cref="SqliteCaseFoldingInterceptor"/>.
/// </summary>
internal sealed class CaseFoldingTranslator(ISqlExpressionFactory sql, IRelationalTypeMappingSource typeMappings, CaseFoldingDialect dialect)
    : IMethodCallTranslator
{
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
                [text, Literal(CaseFolding.Capitals), Literal(CaseFolding.SmallLetters)],
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
