using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenCity.GraphQL.Data.Paging.RowValues;

internal sealed class RowValueTranslatorPlugin(ISqlExpressionFactory sql, IRelationalTypeMappingSource typeMappings) : IMethodCallTranslatorPlugin
{
    public IEnumerable<IMethodCallTranslator> Translators { get; } = [new RowValueTranslator(sql, typeMappings)];
}
