using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenCity.GraphQL.Data.Paging.RowValues;

/// <summary>
/// Translates <see cref="RowValue"/> calls to EF Core's own row-value expressions, which every
/// relational provider prints as <c>(a, b) op (c, d)</c>. Each value takes the type mapping of its
/// column, so enums stored as text and other converted values are sent the way they are stored.
/// </summary>
internal sealed class RowValueTranslator(ISqlExpressionFactory sql, IRelationalTypeMappingSource typeMappings) : IMethodCallTranslator
{
    public SqlExpression? Translate(
        SqlExpression? instance,
        MethodInfo method,
        IReadOnlyList<SqlExpression> arguments,
        IDiagnosticsLogger<DbLoggerCategory.Query> logger)
    {
        if (method.DeclaringType != typeof(RowValue))
        {
            return null;
        }

        var column = sql.ApplyDefaultTypeMapping(arguments[0]);
        var value = sql.ApplyTypeMapping(arguments[1], column.TypeMapping);
        if (method.Name == nameof(RowValue.Prepend))
        {
            if (arguments[2] is not SqlBinaryExpression { Left: RowValueExpression left, Right: RowValueExpression right } rest)
            {
                throw new InvalidOperationException("RowValue.Prepend takes another RowValue comparison as its last argument.");
            }

            return new SqlBinaryExpression(
                rest.OperatorType,
                new RowValueExpression([column, .. left.Values]),
                new RowValueExpression([value, .. right.Values]),
                typeof(bool),
                rest.TypeMapping);
        }

        var comparison = method.Name switch
        {
            nameof(RowValue.GreaterThan) => ExpressionType.GreaterThan,
            nameof(RowValue.GreaterThanOrEqual) => ExpressionType.GreaterThanOrEqual,
            nameof(RowValue.LessThan) => ExpressionType.LessThan,
            nameof(RowValue.LessThanOrEqual) => ExpressionType.LessThanOrEqual,
            _ => throw new InvalidOperationException($"RowValue.{method.Name} has no translation."),
        };
        return new SqlBinaryExpression(
            comparison,
            new RowValueExpression([column]),
            new RowValueExpression([value]),
            typeof(bool),
            typeMappings.FindMapping(typeof(bool)));
    }
}
