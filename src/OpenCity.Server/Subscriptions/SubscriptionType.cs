using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using OpenCity.Data;
using OpenCity.Domain.Components;
using OpenCity.Domain.ServiceRequests;
using OpenCity.GraphQL.Data.Errors;
using OpenCity.GraphQL.Data.Filtering;
using OpenCity.GraphQL.Data.Spatial;
using OpenCity.Server.Auth;
using OpenCity.Server.Components;
using OpenCity.Server.ServiceRequests;
using OpenCity.Server.Writes;

namespace OpenCity.Server.Subscriptions;

/// <summary>The root <c>Subscription</c> type: the city's changes as they happen, over WebSocket or Server-Sent Events.</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    private const int MaxSampleSeconds = 3600;

    public SubscriptionType(CityEventStreams streams, CityPolicy policy, IDbContextFactory<OpenCityDbContext> contexts)
    {
        Name = "Subscription";
        Description = "The city's changes as they happen (over WebSocket with graphql-transport-ws, or Server-Sent Events). "
            + "Each event carries its `sequence` number and how many events you `missed`; anonymous subscribers get public data only.";

        Field<NonNullGraphType<ComponentChangedEventType>>("componentChanged")
            .Description("Assets created, changed, retired, linked or unlinked, with each changed field's old and new value.")
            .WithFilterArgument(typeof(CityComponentFilterInputType))
            .Arguments(FenceArguments())
            .ResolveStreamAsync(async ctx => streams.ComponentChanges(await AudienceAsync(ctx)));

        Field<NonNullGraphType<ReadingsRecordedEventType>>("readingsRecorded")
            .Description("New readings of sensors and smart assets, one event per asset and metric.")
            .WithFilterArgument(typeof(CityComponentFilterInputType))
            .Arguments(FenceArguments())
            .Argument<StringGraphType>("metric", "Only this metric, e.g. `pressure`.")
            .Argument<IntGraphType>("sampleEverySeconds", $"At most one event per asset and metric every this many seconds (1 to {MaxSampleSeconds}): the newest values win, counts and ranges add up.")
            .ResolveStreamAsync(async ctx =>
            {
                TimeSpan? sample = ctx.GetArgument<int?>("sampleEverySeconds") is { } seconds
                    ? seconds is >= 1 and <= MaxSampleSeconds ? TimeSpan.FromSeconds(seconds) : throw Invalid($"sampleEverySeconds must be between 1 and {MaxSampleSeconds}.")
                    : null;
                return streams.ReadingsRecorded(await AudienceAsync(ctx), ctx.GetArgument<string?>("metric"), sample);
            });

        Field<NonNullGraphType<ReadingThresholdCrossedEventType>>("readingThresholdCrossed")
            .Description("A metric of an asset going above `above` or below `below`: once when it crosses, not again while it stays past the threshold.")
            .Argument<NonNullGraphType<StringGraphType>>("metric", "The metric to watch, e.g. `pressure`.")
            .Argument<FloatGraphType>("above", "Tell me when a value goes above this, having been at or below it.")
            .Argument<FloatGraphType>("below", "Tell me when a value goes below this, having been at or above it.")
            .WithFilterArgument(typeof(CityComponentFilterInputType))
            .Arguments(FenceArguments())
            .ResolveStreamAsync(async ctx =>
            {
                var (above, below) = (ctx.GetArgument<double?>("above"), ctx.GetArgument<double?>("below"));
                if (above is null && below is null)
                {
                    throw Invalid("give a threshold: above, below or both.");
                }

                return streams.ThresholdCrossings(await AudienceAsync(ctx), ctx.GetArgument<string>("metric"), above, below);
            });

        Field<NonNullGraphType<ServiceRequestChangedEventType>>("serviceRequestChanged")
            .Description("Citizens' reports submitted or moving through their steps; what anyone may read of them.")
            .Arguments(FenceArguments())
            .Argument<StringGraphType>("category", "Only this kind of problem, e.g. `water_leak`.")
            .Argument<ServiceRequestStatusType>("status", "Only changes into this status.")
            .ResolveStreamAsync(async ctx => streams.ServiceRequestChanges(
                await FencesAsync(ctx),
                ctx.GetArgument<string?>("category"),
                ctx.GetArgument<ServiceRequestStatus?>("status")?.ToString()));

        Field<NonNullGraphType<ObservationsPublishedEventType>>("observationsPublished")
            .Description("New or corrected statistics.")
            .Argument<StringGraphType>("indicator", "Only this statistic, e.g. `population`.")
            .ResolveStreamAsync(ctx => Task.FromResult(streams.ObservationsPublished(ctx.GetArgument<string?>("indicator"))));

        async Task<EventAudience> AudienceAsync(IResolveFieldContext ctx)
        {
            var where = ctx.GetFilter<CityComponent>();
            var key = ctx.Arguments is { } arguments && arguments.TryGetValue("where", out var value) ? FilterKey.Of(value.Value) : "";
            return new EventAudience(policy.VisibilityOf(ctx.GetCaller()), await FencesAsync(ctx), where, key);
        }

        async Task<IReadOnlyList<EventFence>> FencesAsync(IResolveFieldContext ctx)
        {
            var fences = new List<EventFence>(2);
            if (ctx.GetArgument<string?>("unit") is { } code)
            {
                await using var db = await contexts.CreateDbContextAsync(ctx.CancellationToken);
                var boundary = await db.GovernanceUnits.Where(u => u.Code == code).Select(u => u.Boundary).FirstOrDefaultAsync(ctx.CancellationToken)
                    ?? throw new DataLayerError(NotFoundError.ErrorCode, $"There is no governance unit {code}.");
                fences.Add(new EventFence(boundary));
            }

            if (ctx.GetArgument<Geometry?>("within") is { } area)
            {
                fences.Add(area is Polygon or MultiPolygon ? new EventFence(area) : throw Invalid("within must be a GeoJSON Polygon or MultiPolygon."));
            }

            return fences;
        }
    }

    private static QueryArgument[] FenceArguments() =>
    [
        new QueryArgument<StringGraphType> { Name = "unit", Description = "Only inside this governance unit (its code, e.g. `NB-D02`): a district, a street, a community or a grid." },
        new QueryArgument<GeoJsonGraphType> { Name = "within", Description = "Only inside this area, a GeoJSON Polygon or MultiPolygon." },
    ];

    private static DataLayerError Invalid(string message) => new(ValidationError.ErrorCode, message);
}
