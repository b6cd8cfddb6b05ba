using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenCity.Geospatial.PostGis;

internal sealed class PostGisGeodesicTranslatorPlugin(ISqlExpressionFactory sql, IRelationalTypeMappingSource typeMappings) : IMethodCallTranslatorPlugin
{
    public IEnumerable<IMethodCallTranslator> Translators { get; } = [new PostGisGeodesicTranslator(sql, typeMappings)];
}
