using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenCity.GraphQL.Data.Mutations;
using OpenCity.Server.Auth;
using OpenCity.Server.Telemetry;
using OpenCity.Server.Writes;

namespace OpenCity.Server.Ingestion;

/// <summary>
/// Streams a body of readings into the database in one transaction (<see cref="CityWriter"/>): lines
/// are parsed and checked as they arrive, their components looked up and authorised a chunk at a
/// time (<see cref="CityPolicy.ComponentAccessAsync"/>), and staged in the database's fastest way
/// (<see cref="IReadingSink"/>). One refused line and nothing is stored, but reading goes on, so the
/// answer lists every refused line at once.
/// </summary>
public sealed class ReadingIngestor(CityWriter writer, CityPolicy policy, IOptions<IngestionOptions> options)
{
    private const int ChunkSize = 10_000;

    public Task<MutationPayload<IngestionResult>> IngestAsync(Caller caller, Stream body, bool csv, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        return writer.WriteAsync(caller, "ingestReadings", async write =>
        {
            IReadingSink sink = write.Db.Database.IsNpgsql() ? new PostgreSqlReadingSink(write.Db) : new SqliteReadingSink(write.Db);
            var access = new Dictionary<string, ComponentWriteAccess?>(StringComparer.Ordinal);
            var refusals = new Lock();
            var refused = new List<RefusedLine>();
            long refusedCount = 0, rows = 0;
            var chunk = new List<ReadingLine>(ChunkSize);

            void Refuse(RefusedLine line)
            {
                lock (refusals)
                {
                    refusedCount++;
                    if (refused.Count < limits.MaxRefusalsListed)
                    {
                        refused.Add(line);
                    }
                }
            }

            bool AnyRefused()
            {
                lock (refusals)
                {
                    return refusedCount > 0;
                }
            }

            async Task StoreAsync(List<ReadingLine> lines)
            {
                var unknown = lines.Select(l => l.ComponentCode).Where(c => !access.ContainsKey(c)).Distinct(StringComparer.Ordinal).ToList();
                if (unknown.Count > 0)
                {
                    var found = await policy.ComponentAccessAsync(write.Db, caller, unknown, cancellationToken);
                    foreach (var code in unknown)
                    {
                        access[code] = found.GetValueOrDefault(code);
                    }
                }

                var accepted = new List<(long, ReadingLine)>(lines.Count);
                foreach (var line in lines)
                {
                    switch (access[line.ComponentCode])
                    {
                        case null:
                            Refuse(new RefusedLine(line.Line, IngestionCodes.UnknownComponent, $"there is no component {line.ComponentCode}."));
                            break;
                        case { Allowed: false }:
                            Refuse(new RefusedLine(line.Line, IngestionCodes.Forbidden, $"component {line.ComponentCode} is not your department's to record."));
                            break;
                        case { Id: var id }:
                            accepted.Add((id, line));
                            break;
                    }
                }

                // Once a line is refused nothing will be stored: reading on only collects the refusals.
                if (!AnyRefused())
                {
                    await sink.AddAsync(accepted, cancellationToken);
                }
            }

            // A chunk is stored while the next one is read and parsed: the database and this process
            // work at the same time instead of taking turns. Only the storing touches the connection.
            var storing = Task.CompletedTask;

            async Task FlushAsync()
            {
                await storing;
                storing = StoreAsync(chunk);
                chunk = new List<ReadingLine>(ChunkSize);
            }

            using var reader = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true);
            var lines = new LimitedLineReader(reader, limits.MaxLineLength);
            long number = 0;
            try
            {
                while (await lines.ReadAsync(cancellationToken) is { } text)
                {
                    number++;
                    if (text.Length == 0 || (csv && number == 1 && text.Trim().Equals(ReadingLineParser.CsvHeader, StringComparison.OrdinalIgnoreCase)))
                    {
                        continue;
                    }

                    if (lines.Truncated)
                    {
                        Refuse(new RefusedLine(number, IngestionCodes.LineTooLong, $"the line is longer than {limits.MaxLineLength} characters."));
                        continue;
                    }

                    if (++rows > limits.MaxRows)
                    {
                        Refuse(new RefusedLine(number, IngestionCodes.TooManyRows, $"a request may carry at most {limits.MaxRows:N0} readings; send the rest in another."));
                        break;
                    }

                    switch (ReadingLineParser.Parse(number, text, csv))
                    {
                        case RefusedLine refusal:
                            Refuse(refusal);
                            break;
                        case ReadingLine reading:
                            chunk.Add(reading);
                            if (chunk.Count == ChunkSize)
                            {
                                await FlushAsync();
                            }

                            break;
                    }
                }

                await FlushAsync();
            }
            finally
            {
                // Never leave the connection in use behind the transaction's rollback.
                await storing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            await storing;
            if (refusedCount > 0)
            {
                return MutationPayload<IngestionResult>.Failure(new IngestionRefusal(
                    $"{refusedCount:N0} of the lines were refused, so nothing was stored; fix them and send the request again.",
                    refusedCount,
                    [.. refused.OrderBy(r => r.Line)]));
            }

            var series = await sink.CompleteAsync(cancellationToken);
            await AnnounceAsync(write, series, cancellationToken);
            var recorded = series.Sum(s => (long)s.Count);
            return MutationPayload<IngestionResult>.Success(new IngestionResult(rows, recorded, rows - recorded));
        }, cancellationToken);
    }

    /// <summary>Announces the new readings as <c>recordReadings</c> does (<see cref="ReadingEvents"/>).</summary>
    private static async Task AnnounceAsync(CityWrite write, IReadOnlyList<RecordedSeries> series, CancellationToken cancellationToken)
    {
        var ids = series.Select(s => s.ComponentId).Distinct().ToList();
        var components = await write.Db.Components.AsNoTracking().Include(c => c.Owner).Include(c => c.GridUnit)
            .Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        foreach (var s in series.OrderBy(s => s.ComponentId).ThenBy(s => s.Metric, StringComparer.Ordinal))
        {
            ReadingEvents.Announce(write, components[s.ComponentId], s);
        }
    }
}
