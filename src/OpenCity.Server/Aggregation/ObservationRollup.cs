using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenCity.Data;
using OpenCity.Domain.Governance;
using OpenCity.GraphQL.Data.Errors;

namespace OpenCity.Server.Aggregation;

/// <summary>
/// Rolls an indicator's grid figures up to the units of one level in one SQL <c>GROUP BY</c>.
/// </summary>
/// <remarks>
/// The unit of the level above a grid is found by following <c>parent</c> a few times (levels only
/// grow going down, so at most <c>GRID − level</c> steps), not by matching path prefixes: a prefix
/// match against another row's column can use no index, so it would compare every grid with every
/// unit of the level, while the parent steps are key joins that both databases run as such. On the
/// seeded city both give the same units, which the tests check against the paths.
/// </remarks>
public static class ObservationRollup
{
    /// <summary>Sums and averages are given to this many significant digits, so SQLite and PostgreSQL, which add floating-point numbers differently, agree.</summary>
    private const int SignificantDigits = 12;

    /// <summary>Per unit of <paramref name="level"/> and per period (only <paramref name="period"/> if given), ordered by unit id and period.</summary>
    /// <exception cref="DataLayerError">There is no indicator with the code <paramref name="indicator"/>.</exception>
    public static async Task<IReadOnlyList<ObservationGroup>> AggregateAsync(
        OpenCityDbContext db,
        string indicator,
        GovernanceLevel level,
        string? period,
        AggregationOptions limits,
        CancellationToken cancellationToken)
    {
        var observations = db.Observations.Where(o => o.Indicator.Code == indicator);
        if (period is not null)
        {
            observations = observations.Where(o => o.Period == period);
        }

        var rows = await (
            from o in observations
            join grid in GridsWithAncestor(db, level) on o.UnitId equals grid.GridId
            where grid.AncestorId != null
            group o.Value by new { UnitId = grid.AncestorId!.Value, o.Period, o.IndicatorId, o.Indicator.Aggregation } into g
            select new
            {
                g.Key.UnitId,
                g.Key.Period,
                g.Key.IndicatorId,
                g.Key.Aggregation,
                Sum = g.Sum(),
                Average = g.Average(),
                Min = g.Min(),
                Max = g.Max(),
                Count = g.Count(),
            }).Take(limits.MaxGroups + 1).ToListAsync(cancellationToken);
        limits.Check(rows.Count, "figures");

        if (rows.Count == 0 && !await db.Indicators.AnyAsync(i => i.Code == indicator, cancellationToken))
        {
            var known = await db.Indicators.Select(i => i.Code).ToListAsync(cancellationToken);
            throw new DataLayerError(
                AggregationErrorCodes.UnknownIndicator,
                $"There is no indicator with the code '{indicator}'. Known codes: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
        }

        return rows
            .Select(r => new ObservationGroup(
                r.UnitId, r.IndicatorId, r.Period, r.Aggregation, Round(r.Sum), Round(r.Average), r.Min, r.Max, r.Count))
            .OrderBy(r => r.UnitId)
            .ThenBy(r => r.Period, StringComparer.Ordinal)
            .ToList();
    }

    private static double Round(double value) =>
        double.Parse(value.ToString("G" + SignificantDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Every grid with the id of the unit of <paramref name="level"/> it lies in (null if none).</summary>
    private static IQueryable<GridAncestor> GridsWithAncestor(OpenCityDbContext db, GovernanceLevel level) =>
        db.GovernanceUnits.Where(u => u.Level == GovernanceLevel.Grid).Select(AncestorSelector(level));

    /// <summary>
    /// <c>g => new GridAncestor { GridId = g.Id, AncestorId = g.Level == level ? g.Id : g.Parent.Level == level ? g.Parent.Id : … : null }</c>.
    /// </summary>
    private static Expression<Func<GovernanceUnit, GridAncestor>> AncestorSelector(GovernanceLevel level)
    {
        var grid = Expression.Parameter(typeof(GovernanceUnit), "g");
        var steps = new List<Expression> { grid };
        for (var step = 1; step <= GovernanceLevel.Grid - level; step++)
        {
            steps.Add(Expression.Property(steps[^1], nameof(GovernanceUnit.Parent)));
        }

        Expression ancestor = Expression.Constant(null, typeof(long?));
        foreach (var unit in Enumerable.Reverse(steps))
        {
            ancestor = Expression.Condition(
                Expression.Equal(Expression.Property(unit, nameof(GovernanceUnit.Level)), Expression.Constant(level)),
                Expression.Convert(Expression.Property(unit, nameof(GovernanceUnit.Id)), typeof(long?)),
                ancestor);
        }

        return Expression.Lambda<Func<GovernanceUnit, GridAncestor>>(
            Expression.MemberInit(
                Expression.New(typeof(GridAncestor)),
                Expression.Bind(typeof(GridAncestor).GetProperty(nameof(GridAncestor.GridId))!, Expression.Property(grid, nameof(GovernanceUnit.Id))),
                Expression.Bind(typeof(GridAncestor).GetProperty(nameof(GridAncestor.AncestorId))!, ancestor)),
            grid);
    }

    private sealed class GridAncestor
    {
        public long GridId { get; init; }

        public long? AncestorId { get; init; }
    }
}
