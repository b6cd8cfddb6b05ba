using OpenCity.Domain.Components;
using OpenCity.Domain.Datasets;
using OpenCity.Domain.Departments;
using OpenCity.Domain.Governance;
using OpenCity.Domain.ServiceRequests;
using OpenCity.Domain.Statistics;
using OpenCity.Domain.Telemetry;

namespace OpenCity.Data.Seeding;

/// <summary>
/// A generated city, every entity with its id already assigned, so that any loader
/// (EF Core on SQLite, binary COPY on PostgreSQL) writes identical rows.
/// Units are ordered parents first.
/// </summary>
public sealed record DemoCity(
    IReadOnlyList<GovernanceUnit> Units,
    IReadOnlyList<Department> Departments,
    IReadOnlyList<ResponsibilityArea> ResponsibilityAreas,
    IReadOnlyList<CityComponent> Components,
    IReadOnlyList<ComponentLink> Links,
    IReadOnlyList<Reading> Readings,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<Observation> Observations,
    IReadOnlyList<ServiceRequestCategory> ServiceRequestCategories,
    IReadOnlyList<ServiceRequest> ServiceRequests,
    IReadOnlyList<Dataset> Datasets);
