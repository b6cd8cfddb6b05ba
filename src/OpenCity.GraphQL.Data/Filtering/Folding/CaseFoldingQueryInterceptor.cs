using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenCity.GraphQL.Data.Filtering.Folding;

/// <summary>
/// Before a query is compiled, turns each folding written by the filters
/// (<see cref="CaseFolding.Fold(Expression)"/>, an invocation of nested <c>Replace</c> calls) into
/// one call of <see cref="CaseFolding.Fold(string)"/>, which <see cref="CaseFoldingTranslator"/>
/// translates. Compiling 56 nested calls per folded column is what made wide case-insensitive
/// filters slow to compile (and slow to run); on a provider without a translation the query is left as it is.
/// </summary>
internal sealed class CaseFoldingQueryInterceptor(IDatabaseProvider provider) : IQueryExpressionInterceptor
{
    private static readonly MethodInfo Fold = typeof(CaseFolding).GetMethod(nameof(CaseFolding.Fold), [typeof(string)])!;

    private readonly bool _translated = CaseFoldingDialects.Of(provider) != CaseFoldingDialect.None;

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) =>
        _translated ? new Rewriter().Visit(queryExpression) : queryExpression;

    private sealed class Rewriter : ExpressionVisitor
    {
        // EF Core rebuilds the lambda while extracting parameters, but keeps its parameter: that identifies it.
        protected override Expression VisitInvocation(InvocationExpression node) =>
            node is { Expression: LambdaExpression { Parameters: [var parameter] }, Arguments: [var text] } && parameter == CaseFolding.Replacing.Parameters[0]
                ? Expression.Call(Fold, Visit(text))
                : base.VisitInvocation(node);
    }
}
