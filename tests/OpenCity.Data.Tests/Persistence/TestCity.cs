using NetTopologySuite;
using NetTopologySuite.Geometries;
using OpenCity.Data.Seeding;
using OpenCity.Domain.Components;
using OpenCity.Domain.Datasets;
using OpenCity.Domain.Departments;
using OpenCity.Domain.Governance;
using OpenCity.Domain.ServiceRequests;
using OpenCity.Domain.Statistics;
using OpenCity.Domain.Telemetry;

namespace OpenCity.Data.Tests.Persistence;

/// <summary>
/// A tiny hand-made city touching every table, column kind and geometry type. Coordinates have
/// full double precision (no round numbers), so a lossy geometry encoding would show.
/// </summary>
internal static class TestCity
{
    private static readonly GeometryFactory Factory = NtsGeometryServices.Instance.CreateGeometryFactory(4326);

    public static DemoCity Create()
    {
        var cityBoundary = Square(9.0000000000000018, 52.10000000000001, 0.3333333333333333);
        var districtBoundary = Square(9.0000000000000018, 52.10000000000001, 0.16666666666666666);
        var gridBoundary = Square(9.012345678901234, 52.123456789012345, 0.0012345678901234567);
        var units = new List<GovernanceUnit>
        {
            Unit(1, "NB", "Neuburg", GovernanceLevel.City, null, "/1/", cityBoundary),
            Unit(2, "NB-D01", "Altstadt", GovernanceLevel.District, 1, "/1/2/", districtBoundary),
            Unit(3, "NB-D01-S01-C01-G01", "Grid 1", GovernanceLevel.Grid, 2, "/1/2/3/", gridBoundary),
        };

        var water = new Department { Id = 1, Code = "WATER", Name = "Water works", Domain = InfrastructureDomain.Water, Description = "Pipes & hydrants" };
        var lighting = new Department { Id = 2, Code = "LIGHT", Name = "Street lighting", Domain = InfrastructureDomain.Lighting };
        var areas = new List<ResponsibilityArea>
        {
            new() { Id = 1, DepartmentId = 1, Name = "Whole city", Area = cityBoundary },
            new() { Id = 2, DepartmentId = 2, Name = "Old town", Area = districtBoundary },
        };

        var components = new List<CityComponent>
        {
            new()
            {
                Id = 10, Code = "SL-000001", Name = "Streetlight 1", Kind = ComponentKind.Streetlight, Domain = InfrastructureDomain.Lighting,
                Status = ComponentStatus.Degraded, Geometry = Factory.CreatePoint(new Coordinate(9.0123456789012345, 52.123456789012345)),
                InstalledOn = new DateOnly(2019, 4, 30), Attributes = """{"lampType":"LED","wattage":40,"dimmable":true}""",
                OwnerId = 2, GridUnitId = 3, Sensitivity = Sensitivity.Public,
            },
            new()
            {
                Id = 11, Code = "WP-000001", Name = "Water pipe 1", Kind = ComponentKind.WaterPipe, Domain = InfrastructureDomain.Water,
                Status = ComponentStatus.Operational,
                Geometry = Factory.CreateLineString([new(9.01, 52.12), new(9.010000000000002, 52.120000000000005), new(9.0134, 52.1299999)]),
                InstalledOn = null, Attributes = null, OwnerId = 1, GridUnitId = null, Sensitivity = Sensitivity.Restricted,
            },
            new()
            {
                Id = 12, Code = "BLD-000001", Name = "Town hall", Kind = ComponentKind.Building, Domain = InfrastructureDomain.Buildings,
                Status = ComponentStatus.Maintenance, Geometry = Square(9.0111111111111111, 52.1222222222222, 0.00012345678901234).GetGeometryN(0),
                InstalledOn = new DateOnly(1901, 1, 1), Attributes = """{"floors":3,"name":"Rathaus – “Mitte”"}""",
                OwnerId = null, GridUnitId = 3, Sensitivity = Sensitivity.Public,
            },
        };

        var links = new List<ComponentLink>
        {
            new() { Id = 1, FromComponentId = 11, ToComponentId = 12, Kind = LinkKind.Feeds },
            new() { Id = 2, FromComponentId = 10, ToComponentId = 12, Kind = LinkKind.Monitors },
        };

        var readings = new List<Reading>
        {
            new() { Id = 1, ComponentId = 10, Metric = "lux", MeasuredAt = Utc(2025, 9, 1, 22, 15, 30, 123456), Value = 12.345678901234567, UnitOfMeasure = "lx" },
            new() { Id = 2, ComponentId = 11, Metric = "pressure", MeasuredAt = Utc(2025, 9, 1, 22, 15, 31, 0), Value = -0.1, UnitOfMeasure = "bar" },
            new() { Id = 3, ComponentId = 11, Metric = "pm25", MeasuredAt = Utc(2025, 9, 2, 0, 0, 0, 1), Value = 1e-300, UnitOfMeasure = "µg/m³" },
        };

        var population = new Indicator
        {
            Id = 1,
            Code = "population",
            Name = "Population",
            Unit = "people",
            Aggregation = AggregationMethod.Sum,
            Description = "Residents",
            Source = "Statistics office",
            Licence = "CC-BY-4.0",
        };
        var observations = new List<Observation>
        {
            new() { Id = 1, IndicatorId = 1, UnitId = 3, Period = "2025", Value = 1234 },
            new() { Id = 2, IndicatorId = 1, UnitId = 3, Period = "2025-Q3", Value = 1240.5 },
        };

        var requests = new List<ServiceRequest>
        {
            new()
            {
                Id = 1, Code = "SR-2025-000001", Category = "streetlight_out", Description = "Lamp flickers",
                Location = Factory.CreatePoint(new Coordinate(9.0123456789, 52.1234567891)), Status = ServiceRequestStatus.InProgress,
                DepartmentId = 2, GridUnitId = 3, SubmittedAt = Utc(2025, 9, 3, 8, 0, 0, 0), UpdatedAt = Utc(2025, 9, 3, 9, 30, 0, 999999),
            },
        };

        var datasets = new List<Dataset>
        {
            new()
            {
                Id = 1, Code = "components", Title = "City components", Description = "Every asset", Publisher = "City of Neuburg",
                Licence = "CC-BY-4.0", UpdateFrequency = "daily", LastUpdated = Utc(2025, 9, 4, 0, 0, 0, 0),
                Keywords = ["infrastructure", "assets", "geo \"quoted\""],
            },
            new()
            {
                Id = 2, Code = "empty", Title = "No keywords", Description = "-", Publisher = "City", Licence = "CC0",
                UpdateFrequency = "never", LastUpdated = Utc(2000, 1, 1, 0, 0, 0, 0), Keywords = [],
            },
        };

        var categories = new List<ServiceRequestCategory>
        {
            new() { Id = 1, Code = "water_leak", Name = "Water leak", Domain = InfrastructureDomain.Water },
        };

        return new DemoCity(units, [water, lighting], areas, components, links, readings, [population], observations, categories, requests, datasets);
    }

    private static GovernanceUnit Unit(long id, string code, string name, GovernanceLevel level, long? parentId, string path, MultiPolygon boundary) => new()
    {
        Id = id,
        Code = code,
        Name = name,
        Level = level,
        ParentId = parentId,
        Path = path,
        Boundary = boundary,
        AreaSquareMeters = boundary.Area * 7.4e9,
        Centroid = Factory.CreatePoint(boundary.Centroid.Coordinate),
    };

    /// <summary>A square with a square hole, as a one-polygon MultiPolygon.</summary>
    private static MultiPolygon Square(double x, double y, double size)
    {
        var shell = Factory.CreateLinearRing([new(x, y), new(x + size, y), new(x + size, y + size), new(x, y + size), new(x, y)]);
        var (hx, hy, hs) = (x + (size / 3), y + (size / 3), size / 7);
        var hole = Factory.CreateLinearRing([new(hx, hy), new(hx, hy + hs), new(hx + hs, hy + hs), new(hx + hs, hy), new(hx, hy)]);
        return Factory.CreateMultiPolygon([Factory.CreatePolygon(shell, [hole])]);
    }

    /// <summary>A UTC time with microsecond precision, PostgreSQL's resolution.</summary>
    private static DateTime Utc(int year, int month, int day, int hour, int minute, int second, int microsecond) =>
        new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(microsecond * 10L);
}
