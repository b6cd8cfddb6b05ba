using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenCity.Domain.Governance;
using OpenCity.Domain.Statistics;
using OpenCity.GraphQL.Data.Mutations;
using OpenCity.Server.Auth;
using OpenCity.Server.Events;
using OpenCity.Server.Schema;
using OpenCity.Server.Writes;

namespace OpenCity.Server.Statistics;

/// <summary>
/// Root mutation publishing the city's statistics. Figures are stored per grid, and the figures of
/// larger areas are combined from them when read (<c>observationAggregate</c>), so publishing a grid's
/// figure recomputes every roll-up above it; the event names those areas so that caches can forget them.
/// </summary>
public sealed class StatisticsMutations(CityWriter writer, CityPolicy policy) : IMutationFields
{
    /// <summary>The audit trail's name for a statistic's figures of one period.</summary>
    public const string EntityType = "Observations";

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<PublishObservationsInput, PublishedObservations>(
                "publishObservations",
                typeof(PublishObservationsInputType),
                ("published", typeof(PublishedObservationsType), "The figures as now stored."),
                [typeof(NotFoundErrorType), typeof(ValidationErrorType)],
                PublishAsync)
            .Description("Publishes (or corrects) one statistic's figures for one period, grid by grid; the combined figures of districts and the city follow. Needs an admin.");
    }

    private async Task<MutationPayload<PublishedObservations>> PublishAsync(IResolveFieldContext context, PublishObservationsInput input)
    {
        var caller = context.GetCaller();
        if (policy.RequireAdmin(caller, "publish statistics") is { } refusal)
        {
            throw refusal;
        }

        var cancellationToken = context.CancellationToken;
        return await writer.WriteAsync(caller, "publishObservations", async write =>
        {
            var db = write.Db;
            if (!Period.TryParse(input.Period, out _))
            {
                return Failure(new ValidationError($"'{input.Period}' is not a period: use 2025, 2025-Q3 or 2025-09.", "period"));
            }

            if (Refused(input.Values) is { } invalid)
            {
                return Failure(invalid);
            }

            var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Code == input.Indicator, cancellationToken);
            if (indicator is null)
            {
                return Failure(NotFoundError.Of("indicator", input.Indicator));
            }

            var codes = input.Values.Select(v => v.Unit).Distinct(StringComparer.Ordinal).ToList();
            var units = await db.GovernanceUnits.AsNoTracking().Where(u => codes.Contains(u.Code))
                .Select(u => new { u.Id, u.Code, u.Level, u.Path }).ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, cancellationToken);
            if (codes.FirstOrDefault(c => !units.ContainsKey(c)) is { } unknown)
            {
                return Failure(NotFoundError.Of("unit", unknown));
            }

            if (units.Values.FirstOrDefault(u => u.Level != GovernanceLevel.Grid) is { } notGrid)
            {
                return Failure(new ValidationError(
                    $"{notGrid.Code} is a {notGrid.Level.ToString().ToLowerInvariant()}, not a grid: figures are published per grid and combined upwards.", "values.unit"));
            }

            var ids = units.Values.Select(u => u.Id).ToList();
            var stored = await db.Observations.Where(o => o.IndicatorId == indicator.Id && o.Period == input.Period && ids.Contains(o.UnitId))
                .ToDictionaryAsync(o => o.UnitId, cancellationToken);
            var before = new SortedDictionary<string, double>(StringComparer.Ordinal);
            var after = new SortedDictionary<string, double>(StringComparer.Ordinal);
            var observations = new List<Observation>();
            var created = 0;

            // The last figure given for a grid wins, as it would when sent one by one.
            foreach (var value in input.Values.GroupBy(v => v.Unit, StringComparer.Ordinal).Select(g => g.Last()))
            {
                var unit = units[value.Unit];
                if (stored.TryGetValue(unit.Id, out var observation))
                {
                    before[unit.Code] = observation.Value;
                    observation.Value = value.Value;
                }
                else
                {
                    observation = new Observation { IndicatorId = indicator.Id, UnitId = unit.Id, Period = input.Period, Value = value.Value };
                    db.Observations.Add(observation);
                    created++;
                }

                after[unit.Code] = value.Value;
                observations.Add(observation);
            }

            var ancestorIds = units.Values.SelectMany(u => AncestorIds(u.Path)).Except(ids).Distinct().ToList();
            var rolledUp = await db.GovernanceUnits.Where(u => ancestorIds.Contains(u.Id)).OrderBy(u => u.Id).Select(u => u.Code).ToListAsync(cancellationToken);
            write.Audit(EntityType, $"{indicator.Code}/{input.Period}", before.Count == 0 ? null : before, after);
            write.Publish(new ObservationsPublished(indicator.Code, input.Period, [.. after.Keys], rolledUp));
            return MutationPayload<PublishedObservations>.Success(new PublishedObservations(observations, created, observations.Count - created));
        }, cancellationToken);
    }

    private static ValidationError? Refused(IReadOnlyList<ObservationValueInput> values)
    {
        if (values.Count == 0)
        {
            return new ValidationError("Give at least one figure.", "values");
        }

        var index = values.ToList().FindIndex(v => !double.IsFinite(v.Value));
        return index < 0 ? null : new ValidationError($"values[{index}].value is not a finite number.", $"values[{index}].value");
    }

    /// <summary>The ids in a materialised path such as <c>/1/3/12/</c>.</summary>
    private static IEnumerable<long> AncestorIds(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(id => long.Parse(id, CultureInfo.InvariantCulture));

    private static MutationPayload<PublishedObservations> Failure(MutationError error) => MutationPayload<PublishedObservations>.Failure(error);
}
