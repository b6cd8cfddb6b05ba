using GraphQL;
using GraphQL.DataLoader;
using OpenCity.Domain.Components;
using OpenCity.Domain.Telemetry;
using OpenCity.GraphQL.Data.Relay;
using OpenCity.Server.Schema;

namespace OpenCity.Server.Components;

/// <summary>Batched reads of components, their links and their latest readings.</summary>
public sealed class ComponentLoaders(CityLoaders loaders) : INodeSource
{
    public string TypeName => CityComponentType.TypeName;

    public IDataLoaderResult<CityComponent?> ById(IResolveFieldContext context, long id) =>
        loaders.One(context, "componentById", id, (db, ids) => db.Components.Where(PublicComponents.Filter).Where(c => ids.Contains(c.Id)), c => c.Id);

    /// <summary>Links of which the component is either end, both ends public.</summary>
    public IDataLoaderResult<IEnumerable<ComponentLink>> Links(IResolveFieldContext context, long componentId) =>
        loaders.Many(
            context,
            "componentLinks",
            componentId,
            (db, ids) => db.ComponentLinks
                .Where(l => ids.Contains(l.FromComponentId) || ids.Contains(l.ToComponentId))
                .Where(l => l.FromComponent.Sensitivity == Sensitivity.Public && l.ToComponent.Sensitivity == Sensitivity.Public)
                .OrderBy(l => l.Id),
            l => new[] { l.FromComponentId, l.ToComponentId });

    /// <summary>The newest reading of the component, whatever its metric.</summary>
    public IDataLoaderResult<Reading?> LatestReading(IResolveFieldContext context, long componentId) =>
        loaders.One(
            context,
            "latestReading",
            componentId,
            (db, ids) => db.Readings
                .Where(r => ids.Contains(r.ComponentId))
                .GroupBy(r => r.ComponentId)
                .Select(g => g.OrderByDescending(r => r.MeasuredAt).ThenByDescending(r => r.Id).First()),
            r => r.ComponentId);

    public IDataLoaderResult Load(IResolveFieldContext context, long key) => ById(context, key);
}
