using GraphQL;
using GraphQL.DataLoader;
using OpenCity.Domain.Statistics;
using OpenCity.GraphQL.Data.Relay;
using OpenCity.Server.Schema;

namespace OpenCity.Server.Statistics;

/// <summary>Batched reads of indicators.</summary>
public sealed class StatisticsLoaders(CityLoaders loaders) : INodeSource
{
    public string TypeName => IndicatorType.TypeName;

    public IDataLoaderResult<Indicator?> IndicatorById(IResolveFieldContext context, long id) =>
        loaders.One(context, "indicatorById", id, (db, ids) => db.Indicators.Where(i => ids.Contains(i.Id)), i => i.Id);

    public IDataLoaderResult Load(IResolveFieldContext context, string key) =>
        loaders.One(context, "indicatorByCode", key, (db, codes) => db.Indicators.Where(i => codes.Contains(i.Code)), i => i.Code, nameof(Indicator.Code));
}
