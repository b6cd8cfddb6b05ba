using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenCity.Geospatial.Sqlite;

internal sealed class SqliteSpatialMethodTranslatorPlugin(ISqlExpressionFactory sql, IRelationalTypeMappingSource typeMappings) : IMethodCallTranslatorPlugin
{
    public IEnumerable<IMethodCallTranslator> Translators { get; } = [new SqliteSpatialMethodTranslator(sql, typeMappings)];
}
