using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenCity.GraphQL.Data.Filtering.Folding;

internal sealed class CaseFoldingTranslatorPlugin(ISqlExpressionFactory sql, IRelationalTypeMappingSource typeMappings, IDatabaseProvider provider)
    : IMethodCallTranslatorPlugin
{
    public IEnumerable<IMethodCallTranslator> Translators { get; } = [new CaseFoldingTranslator(sql, typeMappings, CaseFoldingDialects.Of(provider))];
}
