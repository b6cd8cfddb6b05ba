using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using OpenCity.Data;
using OpenCity.Domain.Components;
using OpenCity.Domain.Governance;
using OpenCity.GraphQL.Data.DataLoading;
using OpenCity.GraphQL.Data.Filtering;
using OpenCity.GraphQL.Data.Paging;
using OpenCity.GraphQL.Data.Projection;
using OpenCity.GraphQL.Data.Relay;
using OpenCity.GraphQL.Data.Sorting;
using OpenCity.Server.Schema;

namespace OpenCity.Server.Units;

/// <summary>Batched reads of governance units and of the components inside them.</summary>
public sealed class UnitLoaders(
    CityLoaders loaders,
    IDbContextFactory<OpenCityDbContext> contexts,
    BatchedKeysetPager<OpenCityDbContext> pager,
    PagingOptions pagingOptions) : INodeSource
{
    private static readonly SortKey<GovernanceUnit> ByCode = new((Expression<Func<GovernanceUnit, string>>)(u => u.Code), Descending: false);

    public string TypeName => GovernanceUnitType.TypeName;

    public IDataLoaderResult<GovernanceUnit?> ById(IResolveFieldContext context, long id) =>
        loaders.One(context, "unitById", id, (db, ids) => db.GovernanceUnits.Where(u => ids.Contains(u.Id)), u => u.Id);

    public IDataLoaderResult Load(IResolveFieldContext context, string key) =>
        loaders.One(context, "unitByCode", key, (db, codes) => db.GovernanceUnits.Where(u => codes.Contains(u.Code)), u => u.Code, nameof(GovernanceUnit.Code));

    /// <summary>The unit's children as the field filters and orders them (by code after the client's keys).</summary>
    public IDataLoaderResult<IEnumerable<GovernanceUnit>> Children(IResolveFieldContext context, long parentId)
    {
        var filter = context.GetFilter<GovernanceUnit>() ?? (_ => true);
        var order = context.GetSortKeys<GovernanceUnit>().Append(ByCode).ToList();
        var projection = EntityProjection.For<GovernanceUnit>(context, nameof(GovernanceUnit.Id), nameof(GovernanceUnit.ParentId));
        return loaders.Many(
            context,
            "unitChildren",
            parentId,
            (db, ids) => db.GovernanceUnits.Where(u => ids.Contains(u.ParentId!.Value)).Where(filter).ApplySort(order).Select(projection),
            u => u.ParentId!.Value,
            projection);
    }

    /// <summary>The unit's ancestors from the city down to its parent, read off its materialised path.</summary>
    public IDataLoaderResult<IReadOnlyList<GovernanceUnit?>> Ancestors(IResolveFieldContext context, GovernanceUnit unit) =>
        DataLoaderResults.WhenAll<GovernanceUnit?>(UnitPath.AncestorIds(unit.Path).Select(id => (IDataLoaderResult)ById(context, id)).ToList());

    /// <summary>
    /// A page of the public components of the unit and all the units below it, filtered, ordered
    /// and projected as the field asks. Every unit under the same field with the same arguments and
    /// selection shares one batch (<see cref="BatchKey"/>).
    /// </summary>
    public IDataLoaderResult<Connection<CityComponent>> Components(IResolveFieldContext context, GovernanceUnit unit)
    {
        var arguments = context.GetPagingArguments();
        var order = context.GetSortKeys<CityComponent>();
        arguments.Validate(pagingOptions, order);
        var filter = context.GetFilter<CityComponent>() ?? (_ => true);
        var projection = EntityProjection.For<CityComponent>(context, nameof(CityComponent.Id));
        var loaders = context.DataLoaders();
        var counts = loaders.GetOrAdd<string, int>(
            BatchKey.For(context, "unitComponentCount", projection),
            (paths, cancellationToken) => CountComponentsAsync(paths, filter, cancellationToken),
            missing: 0);
        return loaders.GetOrAdd<string, Connection<CityComponent>>(
            BatchKey.For(context, "unitComponents", projection),
            async (paths, cancellationToken) =>
                (await pager.PageAsync(
                    paths,
                    (db, path) => InUnit(db, path).Where(filter),
                    order,
                    c => c.Id,
                    projection,
                    arguments,
                    counts.Load,
                    cancellationToken)).ToDictionary(),
            missing: null!)
            .Load(unit.Path);
    }

    /// <summary>
    /// Counts the matching components under each unit in one statement: the components matching the
    /// filter are counted per grid once (not once per unit above them), among the grids under every
    /// unit asked about, and each unit sums the counts of the grids its path leads to.
    /// </summary>
    private async Task<IDictionary<string, int>> CountComponentsAsync(
        IReadOnlyList<string> paths,
        Expression<Func<CityComponent, bool>> filter,
        CancellationToken cancellationToken)
    {
        var common = paths.Aggregate((prefix, path) => prefix[..prefix.AsSpan().CommonPrefixLength(path)]);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var perGrid = await db.Components.Where(filter)
            .Join(db.GovernanceUnits.Where(g => g.Path.StartsWith(common)), c => c.GridUnitId, g => g.Id, (c, g) => g.Path)
            .GroupBy(path => path)
            .Select(grid => new { Path = grid.Key, Count = grid.Count() })
            .ToListAsync(cancellationToken);

        // Grids sorted by path put every unit's grids side by side: each unit's count is the
        // difference of two running totals, found by binary search (not a scan per unit).
        perGrid.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var gridPaths = perGrid.ConvertAll(grid => grid.Path);
        var runningTotals = new int[perGrid.Count + 1];
        for (var i = 0; i < perGrid.Count; i++)
        {
            runningTotals[i + 1] = runningTotals[i] + perGrid[i].Count;
        }

        return paths.Distinct().ToDictionary(
            path => path,
            path => runningTotals[FirstAfter(gridPaths, path, prefixOnly: true)] - runningTotals[FirstAfter(gridPaths, path, prefixOnly: false)]);
    }

    /// <summary>
    /// The index of the first sorted path not before <paramref name="path"/> or, with
    /// <paramref name="prefixOnly"/>, the first after every path that starts with it.
    /// </summary>
    private static int FirstAfter(List<string> sortedPaths, string path, bool prefixOnly)
    {
        int low = 0, high = sortedPaths.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            var candidate = sortedPaths[middle].AsSpan();
            var order = (prefixOnly ? candidate[..Math.Min(candidate.Length, path.Length)] : candidate).SequenceCompareTo(path);
            if (prefixOnly ? order <= 0 : order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static IQueryable<CityComponent> InUnit(OpenCityDbContext db, string path) =>
        db.Components.Where(c => db.GovernanceUnits.Any(g => g.Id == c.GridUnitId && g.Path.StartsWith(path)));
}
