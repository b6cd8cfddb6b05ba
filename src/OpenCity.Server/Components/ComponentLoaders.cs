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
        loaders.One(context, "componentById", id, (db, ids) => db.Components.Where(c => ids.Contains(c.Id)), c => c.Id);

    /// <summary>Links of which the component is either end (only links the caller may see both ends of).</summary>
    public IDataLoaderResult<IEnumerable<ComponentLink>> Links(IResolveFieldContext context, long componentId) =>
        loaders.Many(
            context,
            "componentLinks",
            componentId,
            (db, ids) => db.ComponentLinks
                .Where(l => ids.Contains(l.FromComponentId) || ids.Contains(l.ToComponentId))
                .OrderBy(l => l.Id),
            l => new[] { l.FromComponentId, l.ToComponentId });

    /// <summary>The newest reading of the component, whatever its metric.</summary>
    public IDataLoaderResult<Reading?> LatestReading(IResolveFieldContext context, long componentId) =>
        loaders.One(
            context,
            "latestReading",
            componentId,
            // A correlated "newest id of this component" rather than GroupBy/First, which EF Core
            // cannot narrow to the selected columns; the (component_id, measured_at) index serves it.
            (db, ids) => db.Readings
                .Where(r => ids.Contains(r.ComponentId))
                .Where(r => r.Id == db.Readings
                    .Where(newer => newer.ComponentId == r.ComponentId)
                    .OrderByDescending(newer => newer.MeasuredAt)
                    .ThenByDescending(newer => newer.Id)
                    .Select(newer => newer.Id)
                    .First()),
            r => r.ComponentId,
            nameof(Reading.ComponentId));

    public IDataLoaderResult Load(IResolveFieldContext context, string key) =>
        loaders.One(context, "componentByCode", key, (db, codes) => db.Components.Where(c => codes.Contains(c.Code)), c => c.Code, nameof(CityComponent.Code));
}
