using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenCity.Domain.Components;

namespace OpenCity.Server.Aggregation;

/// <summary>
/// Counts assets per combination of the chosen properties in one SQL <c>GROUP BY</c>. It takes
/// any <see cref="IQueryable{T}"/>, so callers narrow the assets down (who may see them, a
/// <c>where:</c> filter) before they are grouped.
/// </summary>
public static class ComponentGrouping
{
    /// <summary>
    /// The groups, ordered by the grouped-by properties in the order given (enum values in their
    /// declared order, units and owners by id, missing ones first) so both databases agree.
    /// </summary>
    public static async Task<IReadOnlyList<ComponentGroup>> CountAsync(
        IQueryable<CityComponent> components,
        IEnumerable<ComponentGroupBy> groupBy,
        AggregationOptions limits,
        CancellationToken cancellationToken)
    {
        var keys = groupBy.Distinct().ToList();
        if (keys.Count == 0)
        {
            return [new ComponentGroup { Count = await components.CountAsync(cancellationToken) }];
        }

        var rows = await components
            .GroupBy(KeySelector(keys))
            .Select(group => new { group.Key, Count = group.Count() })
            .Take(limits.MaxGroups + 1)
            .ToListAsync(cancellationToken);
        limits.Check(rows.Count, "counts");

        var ordered = rows.Select(row => row.Key with { Count = row.Count }).OrderBy(_ => 0);
        foreach (var key in keys)
        {
            ordered = ordered.ThenBy(SortKey(key));
        }

        return ordered.ToList();
    }

    /// <summary><c>c => new ComponentGroup { Kind = c.Kind, … }</c> with only the chosen properties, so only they are grouped by.</summary>
    private static Expression<Func<CityComponent, ComponentGroup>> KeySelector(IEnumerable<ComponentGroupBy> keys)
    {
        var component = Expression.Parameter(typeof(CityComponent), "c");
        var bindings = keys.Select(key =>
        {
            var (target, source) = Member(key);
            var property = typeof(ComponentGroup).GetProperty(target)!;
            Expression value = Expression.Property(component, source);
            if (value.Type != property.PropertyType)
            {
                value = Expression.Convert(value, property.PropertyType);
            }

            return (MemberBinding)Expression.Bind(property, value);
        });
        return Expression.Lambda<Func<CityComponent, ComponentGroup>>(
            Expression.MemberInit(Expression.New(typeof(ComponentGroup)), bindings),
            component);
    }

    private static (string Target, string Source) Member(ComponentGroupBy key) => key switch
    {
        ComponentGroupBy.Kind => (nameof(ComponentGroup.Kind), nameof(CityComponent.Kind)),
        ComponentGroupBy.Status => (nameof(ComponentGroup.Status), nameof(CityComponent.Status)),
        ComponentGroupBy.Domain => (nameof(ComponentGroup.Domain), nameof(CityComponent.Domain)),
        ComponentGroupBy.Unit => (nameof(ComponentGroup.UnitId), nameof(CityComponent.GridUnitId)),
        ComponentGroupBy.Owner => (nameof(ComponentGroup.OwnerId), nameof(CityComponent.OwnerId)),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
    };

    private static Func<ComponentGroup, long?> SortKey(ComponentGroupBy key) => key switch
    {
        ComponentGroupBy.Kind => g => (long?)g.Kind,
        ComponentGroupBy.Status => g => (long?)g.Status,
        ComponentGroupBy.Domain => g => (long?)g.Domain,
        ComponentGroupBy.Unit => g => g.UnitId,
        ComponentGroupBy.Owner => g => g.OwnerId,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
    };
}
