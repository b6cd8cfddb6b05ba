using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenCity.Domain.Auditing;
using OpenCity.Domain.Components;
using OpenCity.Domain.Datasets;
using OpenCity.Domain.Departments;
using OpenCity.Domain.Events;
using OpenCity.Domain.Governance;
using OpenCity.Domain.ServiceRequests;
using OpenCity.Domain.Statistics;
using OpenCity.Domain.Telemetry;

namespace OpenCity.Data.Seeding.Loading;

/// <summary>The tables of a <see cref="DemoCity"/> in an order that satisfies every foreign key.</summary>
internal static class DemoCityTables
{
    private static readonly IReadOnlyList<(Type EntityType, Func<DemoCity, IReadOnlyList<object>> Rows)> LoadOrder =
    [
        (typeof(GovernanceUnit), city => city.Units),
        (typeof(Department), city => city.Departments),
        (typeof(ResponsibilityArea), city => city.ResponsibilityAreas),
        (typeof(CityComponent), city => city.Components),
        (typeof(ComponentLink), city => city.Links),
        (typeof(Reading), city => city.Readings),
        (typeof(Indicator), city => city.Indicators),
        (typeof(Observation), city => city.Observations),
        (typeof(ServiceRequestCategory), city => city.ServiceRequestCategories),
        (typeof(ServiceRequest), city => city.ServiceRequests),
        (typeof(Dataset), city => city.Datasets),
    ];

    /// <summary>Tables only the running city writes (citizens' submissions, the audit trail, the outbox): never seeded, dropped with the rest.</summary>
    private static readonly IReadOnlyList<Type> WrittenTables = [typeof(ServiceRequestSubmission), typeof(AuditEntry), typeof(OutboxEvent)];

    public static IEnumerable<LoadTable> InLoadOrder(DemoCity city, IModel model) =>
        LoadOrder.Select(t => new LoadTable(EntityType(model, t.EntityType), t.Rows(city)));

    /// <summary>Table names, parents first; drop or empty them in reverse.</summary>
    public static IEnumerable<string> TableNames(IModel model) =>
        LoadOrder.Select(t => t.EntityType).Concat(WrittenTables).Select(t => EntityType(model, t).GetTableName()!);

    private static IEntityType EntityType(IModel model, Type clrType) =>
        model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not mapped.");
}
