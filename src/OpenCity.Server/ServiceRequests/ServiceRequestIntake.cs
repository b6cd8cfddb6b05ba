using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NetTopologySuite.Geometries;
using OpenCity.Data;
using OpenCity.Data.Membership;
using OpenCity.Domain.Governance;
using OpenCity.Domain.ServiceRequests;
using OpenCity.Geospatial.Querying;
using OpenCity.GraphQL.Data.Mutations;
using OpenCity.Server.Auth;
using OpenCity.Server.Writes;

namespace OpenCity.Server.ServiceRequests;

/// <summary>
/// Takes in a citizen's report: answers a replayed idempotency key with its first answer, attaches
/// a report to an open one of the same category close by (<see cref="ServiceRequestOptions"/>), or
/// opens a new report, numbered, routed (<see cref="ServiceRequestRouter"/>) and placed in its grid.
/// </summary>
public sealed class ServiceRequestIntake(
    CityWriter writer, ServiceRequestRouter router, IDbContextFactory<OpenCityDbContext> contexts, IOptions<ServiceRequestOptions> options)
{
    public const string EntityType = "ServiceRequest";
    public const string Operation = "submitServiceRequest";

    // Submissions take this transaction-scoped lock on PostgreSQL, so that numbering, the duplicate
    // search and the replay check see every earlier submission; SQLite's write transactions are serial.

    private const int MaxAttempts = 3;

    private readonly ServiceRequestOptions _options = options.Value;

    /// <param name="caller">Who reports (usually anonymous).</param>
    /// <param name="input">The report; its shape was checked by <see cref="SubmissionInput.Check"/>.</param>
    /// <param name="location">Its location as a 2D point.</param>
    /// <param name="cancellationToken">Stops the work; nothing is written then.</param>
    public async Task<MutationPayload<ServiceRequestReceipt>> SubmitAsync(Caller caller, SubmitServiceRequestInput input, Point location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.IdempotencyKey is { } key && await ReplayAsync(key, cancellationToken) is { } earlier)
        {
            return MutationPayload<ServiceRequestReceipt>.Success(earlier);
        }

        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var payload = await writer.WriteAsync(caller, Operation, write => SubmitAsync(write, input, location, cancellationToken), cancellationToken);

                // A step of the open report this one joins committed in between: join it as it is now.
                if (payload.Errors is not [ConflictError] || attempt == MaxAttempts)
                {
                    return payload;
                }
            }
        }
        catch (DbUpdateException) when (input.IdempotencyKey is not null)
        {
            // Its twin (same key) committed first and the unique index refused this one: the twin's answer is this one's.
            if (await ReplayAsync(input.IdempotencyKey, cancellationToken) is { } twin)
            {
                return MutationPayload<ServiceRequestReceipt>.Success(twin);
            }

            throw;
        }
    }

    private async Task<MutationPayload<ServiceRequestReceipt>> SubmitAsync(CityWrite write, SubmitServiceRequestInput input, Point location, CancellationToken cancellationToken)
    {
        var db = write.Db;
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync(string.Create(CultureInfo.InvariantCulture, $"SELECT pg_advisory_xact_lock({AdvisoryLockKeys.ServiceRequestIntake})"), cancellationToken);
        }

        if (input.IdempotencyKey is { } key && await FindSubmissionAsync(db, key, cancellationToken) is { } earlier)
        {
            return MutationPayload<ServiceRequestReceipt>.Success(ServiceRequestReceipt.Of(earlier));
        }

        var category = await db.ServiceRequestCategories.SingleOrDefaultAsync(c => c.Code == input.Category, cancellationToken);
        if (category is null)
        {
            return MutationPayload<ServiceRequestReceipt>.Failure(new NotFoundError(
                $"There is no report category {input.Category}; `serviceRequestCategories` lists them.", input.Category));
        }

        // The spatial join of the seed and the import, over the few grids the database finds at the point.
        var grids = await db.GovernanceUnits.Where(u => u.Level == GovernanceLevel.Grid && u.Boundary.Intersects(location)).ToListAsync(cancellationToken);
        var grid = new GridMembership(grids).GridOf(location) is { } gridId ? grids.Single(g => g.Id == gridId) : null;
        if (grid is null)
        {
            return MutationPayload<ServiceRequestReceipt>.Failure(new OutsideCityError(
                $"({location.X.ToString(CultureInfo.InvariantCulture)}, {location.Y.ToString(CultureInfo.InvariantCulture)}) lies outside every grid of the city."));
        }

        var open = await FindOpenDuplicateAsync(db, category.Code, location, write.Now, cancellationToken);
        var submission = new ServiceRequestSubmission
        {
            IdempotencyKey = input.IdempotencyKey,
            Description = input.Description,
            Location = location,
            SubmittedAt = write.Now,
            Attached = open is not null,
            ServiceRequest = open ?? await OpenAsync(write, category, input.Description, location, grid, cancellationToken),
        };
        db.ServiceRequestSubmissions.Add(submission);
        var request = submission.ServiceRequest;
        if (open is not null)
        {
            open.ReportCount++;
            open.Version++;
            write.Audit(EntityType, open.Code, new { reportCount = open.ReportCount - 1 }, new { reportCount = open.ReportCount, attached = true });
            write.Publish(ServiceRequestEvents.Changed(open, open.Status, Operation));
        }
        else
        {
            write.Audit(EntityType, request.Code, null, new { request.Category, request.Status, department = request.Department?.Code, grid = grid.Code });
            write.Publish(ServiceRequestEvents.Changed(request, null, Operation));
        }

        return MutationPayload<ServiceRequestReceipt>.Success(ServiceRequestReceipt.Of(submission));
    }

    private async Task<ServiceRequest> OpenAsync(
        CityWrite write, ServiceRequestCategory category, string description, Point location, GovernanceUnit grid, CancellationToken cancellationToken)
    {
        var department = await router.RouteAsync(write.Db, category.Domain, location, cancellationToken);
        var request = new ServiceRequest
        {
            Code = await NextCodeAsync(write.Db, write.Now, cancellationToken),
            Category = category.Code,
            Description = description,
            Location = location,
            PublicLocation = ReportedLocation.Round(location),
            Status = department is null ? ServiceRequestStatus.Submitted : ServiceRequestStatus.Routed,
            Department = department,
            GridUnit = grid,
            SubmittedAt = write.Now,
            UpdatedAt = write.Now,
        };
        write.Db.ServiceRequests.Add(request);
        return request;
    }

    /// <summary>The nearest open report (not resolved or closed) of the category within the radius, submitted within the window.</summary>
    private Task<ServiceRequest?> FindOpenDuplicateAsync(OpenCityDbContext db, string category, Point location, DateTime now, CancellationToken cancellationToken)
    {
        var since = now - _options.DuplicateWindow;
        var radius = _options.DuplicateRadiusMeters;
        return db.ServiceRequests.Include(r => r.Department).Include(r => r.GridUnit)
            .Where(r => r.Category == category
                && r.Status != ServiceRequestStatus.Resolved && r.Status != ServiceRequestStatus.Closed
                && r.SubmittedAt >= since
                && Geodesic.IsWithinMeters(r.Location, location, radius))
            .OrderBy(r => Geodesic.NearnessMeters(r.Location, location)).ThenBy(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The next tracking code of the year, <c>SR-2026-000043</c>, after the highest one there is.</summary>
    private static async Task<string> NextCodeAsync(OpenCityDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"SR-{now.Year}-");
        // Longest first: past SR-2026-999999 the numbers grow a digit, and as text "1000000" < "999999".
        var last = await db.ServiceRequests.Where(r => r.Code.StartsWith(prefix))
            .OrderByDescending(r => r.Code.Length).ThenByDescending(r => r.Code).Select(r => r.Code).FirstOrDefaultAsync(cancellationToken);
        var number = last is not null && int.TryParse(last.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n + 1 : 1;
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{number:D6}");
    }

    private async Task<ServiceRequestReceipt?> ReplayAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await FindSubmissionAsync(db, key, cancellationToken) is { } submission ? ServiceRequestReceipt.Of(submission) : null;
    }

    private static Task<ServiceRequestSubmission?> FindSubmissionAsync(OpenCityDbContext db, string key, CancellationToken cancellationToken) =>
        db.ServiceRequestSubmissions.Include(s => s.ServiceRequest).ThenInclude(r => r.Department)
            .SingleOrDefaultAsync(s => s.IdempotencyKey == key, cancellationToken);
}
