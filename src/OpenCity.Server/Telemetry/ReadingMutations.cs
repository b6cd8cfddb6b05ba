using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenCity.Domain.Components;
using OpenCity.Domain.Telemetry;
using OpenCity.GraphQL.Data.Mutations;
using OpenCity.Server.Auth;
using OpenCity.Server.Schema;
using OpenCity.Server.Writes;

namespace OpenCity.Server.Telemetry;

/// <summary>
/// <c>recordReadings</c>: a batch of measured values, all stored or none. A value is known by its
/// asset, metric and moment: one already on record (or given twice in the batch) is counted as a
/// duplicate and kept as first recorded, so a sender may replay a batch it is unsure about.
/// </summary>
public sealed class ReadingMutations(CityWriter writer, CityPolicy policy, IOptions<ReadingWriteOptions> options) : IMutationFields
{
    /// <summary>The <c>extensions.code</c> of a batch over <see cref="ReadingWriteOptions.MaxReadingsPerBatch"/>.</summary>
    public const string BatchTooLarge = "BATCH_TOO_LARGE";

    /// <summary>The audit trail's name for the readings of one metric of one asset.</summary>

    /// <summary>How many times a batch is tried again after a concurrent batch recorded some of the same values first.</summary>
    private const int Attempts = 3;

    public void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<RecordReadingsInput, RecordedReadings>(
                "recordReadings",
                typeof(RecordReadingsInputType),
                ("batch", typeof(RecordedReadingsType), "How many readings were stored, and how many were on record already."),
                [typeof(NotFoundErrorType)],
                RecordAsync)
            .Description("Stores values measured by assets (sensors, smart meters …), all or none. Needs the right to change every asset named: an operator of its department, or an admin.");

    private async Task<MutationPayload<RecordedReadings>> RecordAsync(IResolveFieldContext context, RecordReadingsInput input)
    {
        var caller = context.GetCaller();
        if (policy.RequireStaff(caller) is { } unauthenticated)
        {
            throw unauthenticated;
        }

        var readings = Checked(input.Readings);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await writer.WriteAsync(caller, "recordReadings", write => RecordAsync(write, readings, context.CancellationToken), context.CancellationToken);
            }
            catch (DbUpdateException raced) when (raced is not DbUpdateConcurrencyException && attempt < Attempts)
            {
                // A concurrent batch recorded some of the same values first: the next attempt counts them as duplicates.
            }
        }
    }

    private async Task<MutationPayload<RecordedReadings>> RecordAsync(CityWrite write, IReadOnlyList<ReadingInput> readings, CancellationToken cancellationToken)
    {
        var codes = readings.Select(r => r.ComponentCode).Distinct(StringComparer.Ordinal).ToList();
        var components = await write.Db.Components.Include(c => c.Owner).Include(c => c.GridUnit)
            .Where(c => codes.Contains(c.Code))
            .ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, cancellationToken);
        if (codes.FirstOrDefault(code => !components.ContainsKey(code)) is { } missing)
        {
            return MutationPayload<RecordedReadings>.Failure(NotFoundError.Of("component", missing));
        }

        // One query decides the whole batch; the refusal's words come from the single-component rule.
        var access = await policy.ComponentAccessAsync(write.Db, write.Caller, codes, cancellationToken);
        if (components.Values.FirstOrDefault(c => access.GetValueOrDefault(c.Code) is not { Allowed: true }) is { } refused
            && await policy.CanChangeComponentAsync(write.Db, write.Caller, refused, cancellationToken) is { } refusal)
        {
            throw refusal;
        }

        var ids = components.Values.Select(c => c.Id).ToList();
        var metrics = readings.Select(r => r.Metric).Distinct(StringComparer.Ordinal).ToList();
        var (from, to) = (readings.Min(r => r.MeasuredAt), readings.Max(r => r.MeasuredAt));
        var known = (await write.Db.Readings.AsNoTracking()
                .Where(r => ids.Contains(r.ComponentId) && metrics.Contains(r.Metric) && r.MeasuredAt >= from && r.MeasuredAt <= to)
                .Select(r => new { r.ComponentId, r.Metric, r.MeasuredAt })
                .ToListAsync(cancellationToken))
            .Select(r => (r.ComponentId, r.Metric, r.MeasuredAt))
            .ToHashSet();

        var recorded = new List<(CityComponent Component, Reading Reading)>();
        foreach (var reading in readings)
        {
            var component = components[reading.ComponentCode];
            if (known.Add((component.Id, reading.Metric, reading.MeasuredAt)))
            {
                var row = new Reading { ComponentId = component.Id, Metric = reading.Metric, MeasuredAt = reading.MeasuredAt, Value = reading.Value, UnitOfMeasure = reading.UnitOfMeasure };
                write.Db.Readings.Add(row);
                recorded.Add((component, row));
            }
        }

        foreach (var group in recorded.GroupBy(r => (r.Component, r.Reading.Metric)))
        {
            var (component, metric) = group.Key;
            var values = group.Select(r => r.Reading).OrderBy(r => r.MeasuredAt).ToList();
            var series = values.Skip(1).Aggregate(
                RecordedSeries.Of(component.Id, metric, values[0].MeasuredAt, values[0].Value, values[0].UnitOfMeasure),
                (sum, r) => sum.With(r.MeasuredAt, r.Value, r.UnitOfMeasure));
            ReadingEvents.Announce(write, component, series);
        }

        return MutationPayload<RecordedReadings>.Success(new RecordedReadings(recorded.Count, readings.Count - recorded.Count));
    }

    /// <summary>The batch within its cap, every value a finite number, every text storable; moments in UTC to the microsecond, as PostgreSQL keeps them.</summary>
    private List<ReadingInput> Checked(IReadOnlyList<ReadingInput> readings)
    {
        if (readings.Count == 0)
        {
            throw WriteInputError.Invalid("Give at least one reading.");
        }

        var limit = options.Value.MaxReadingsPerBatch;
        if (readings.Count > limit)
        {
            var error = new WriteInputError(BatchTooLarge, $"A batch may hold at most {limit:N0} readings; {readings.Count:N0} were given. Split it, or send large volumes to `POST /ingest/readings`.");
            error.AddExtension("limit", limit);
            error.AddExtension("value", readings.Count);
            throw error;
        }

        return readings.Select((reading, index) =>
        {
            var where = $"`readings[{index}]`";
            if (!double.IsFinite(reading.Value))
            {
                throw WriteInputError.Invalid($"{where}: `value` must be a finite number, not {reading.Value}.");
            }

            if (string.IsNullOrWhiteSpace(reading.Metric) || reading.Metric.Length > 64)
            {
                throw WriteInputError.Invalid($"{where}: `metric` must be 1 to 64 characters.");
            }

            if (string.IsNullOrWhiteSpace(reading.UnitOfMeasure) || reading.UnitOfMeasure.Length > 32)
            {
                throw WriteInputError.Invalid($"{where}: `unitOfMeasure` must be 1 to 32 characters.");
            }

            return reading with { MeasuredAt = ReadingMoment.Normalize(reading.MeasuredAt) };
        }).ToList();
    }
}
