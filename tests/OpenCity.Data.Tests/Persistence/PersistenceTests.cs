using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using OpenCity.Data.Configurations;
using OpenCity.Data.Seeding;
using OpenCity.Domain.Departments;
using OpenCity.Domain.Statistics;

namespace OpenCity.Data.Tests.Persistence;

/// <summary>What every provider must do with the test city once its loader has written it.</summary>
public abstract class PersistenceTests(IServiceProvider services)
{
    private readonly DemoCity _expected = TestCity.Create();

    protected IServiceProvider Services { get; } = services;

    protected OpenCityDbContext CreateContext() =>
        Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContext();

    [Fact]
    public async Task Units_round_trip_with_identical_geometries()
    {
        await using var context = CreateContext();
        var units = await context.GovernanceUnits.AsNoTracking().OrderBy(u => u.Id).ToListAsync();

        Assert.Equal(_expected.Units.Select(u => u.Id), units.Select(u => u.Id));
        foreach (var (expected, actual) in _expected.Units.Zip(units))
        {
            Assert.Equal(expected.Code, actual.Code);
            Assert.Equal(expected.Name, actual.Name);
            Assert.Equal(expected.Level, actual.Level);
            Assert.Equal(expected.ParentId, actual.ParentId);
            Assert.Equal(expected.Path, actual.Path);
            Assert.Equal(expected.AreaSquareMeters, actual.AreaSquareMeters);
            AssertSameGeometry(expected.Boundary, actual.Boundary);
            AssertSameGeometry(expected.Centroid, actual.Centroid);
        }
    }

    [Fact]
    public async Task Restricted_components_their_links_and_their_readings_are_hidden_unless_the_rule_is_set_aside()
    {
        await using var context = CreateContext();
        var restricted = _expected.Components.Where(c => c.Sensitivity == Domain.Components.Sensitivity.Restricted).Select(c => c.Id).ToHashSet();
        Assert.NotEmpty(restricted);

        Assert.Equal(
            _expected.Components.Where(c => !restricted.Contains(c.Id)).Select(c => c.Id).Order(),
            await context.Components.Select(c => c.Id).OrderBy(id => id).ToListAsync());
        Assert.Equal(
            _expected.Links.Where(l => !restricted.Contains(l.FromComponentId) && !restricted.Contains(l.ToComponentId)).Select(l => l.Id).Order(),
            await context.ComponentLinks.Select(l => l.Id).OrderBy(id => id).ToListAsync());
        Assert.Equal(
            _expected.Readings.Where(r => !restricted.Contains(r.ComponentId)).Select(r => r.Id).Order(),
            await context.Readings.Select(r => r.Id).OrderBy(id => id).ToListAsync());

        // Counts, lookups and navigations go through it too.
        Assert.Equal(_expected.Components.Count - restricted.Count, await context.Components.CountAsync());
        Assert.Null(await context.Components.FirstOrDefaultAsync(c => restricted.Contains(c.Id)));
        Assert.Empty(await context.Departments.SelectMany(d => context.Components.Where(c => c.OwnerId == d.Id)).Where(c => restricted.Contains(c.Id)).ToListAsync());
        Assert.Equal(_expected.Components.Count, await context.Components.IgnoreQueryFilters().CountAsync());
    }

    [Fact]
    public async Task Components_round_trip_with_enums_json_dates_and_geometries()
    {
        await using var context = CreateContext();
        var components = await context.Components.IgnoreQueryFilters().AsNoTracking().OrderBy(c => c.Id).ToListAsync();

        Assert.Equal(_expected.Components.Select(c => c.Id), components.Select(c => c.Id));
        foreach (var (expected, actual) in _expected.Components.Zip(components))
        {
            Assert.Equal(expected.Code, actual.Code);
            Assert.Equal(expected.Name, actual.Name);
            Assert.Equal(expected.Kind, actual.Kind);
            Assert.Equal(expected.Domain, actual.Domain);
            Assert.Equal(expected.Status, actual.Status);
            Assert.Equal(expected.Sensitivity, actual.Sensitivity);
            Assert.Equal(expected.InstalledOn, actual.InstalledOn);
            Assert.Equal(expected.OwnerId, actual.OwnerId);
            Assert.Equal(expected.GridUnitId, actual.GridUnitId);
            AssertSameJson(expected.Attributes, actual.Attributes);
            AssertSameGeometry(expected.Geometry, actual.Geometry);
        }
    }

    [Fact]
    public async Task Readings_round_trip_with_utc_times_and_exact_values()
    {
        await using var context = CreateContext();
        var readings = await context.Readings.IgnoreQueryFilters().AsNoTracking().OrderBy(r => r.Id).ToListAsync();

        Assert.Equal(_expected.Readings.Count, readings.Count);
        foreach (var (expected, actual) in _expected.Readings.Zip(readings))
        {
            Assert.Equal((expected.Id, expected.ComponentId, expected.Metric, expected.UnitOfMeasure), (actual.Id, actual.ComponentId, actual.Metric, actual.UnitOfMeasure));
            Assert.Equal(expected.MeasuredAt, actual.MeasuredAt);
            Assert.Equal(DateTimeKind.Utc, actual.MeasuredAt.Kind);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Value), BitConverter.DoubleToInt64Bits(actual.Value));
        }
    }

    [Fact]
    public async Task Departments_round_trip_with_their_responsibility_areas()
    {
        await using var context = CreateContext();
        var departments = await context.Departments.AsNoTracking().Include(d => d.ResponsibilityAreas).OrderBy(d => d.Id).ToListAsync();

        Assert.Equal(["WATER", "LIGHT"], departments.Select(d => d.Code));
        Assert.Equal([InfrastructureDomain.Water, InfrastructureDomain.Lighting], departments.Select(d => d.Domain));
        Assert.Equal(["Pipes & hydrants", null], departments.Select(d => d.Description));
        foreach (var expected in _expected.ResponsibilityAreas)
        {
            var actual = departments.Single(d => d.Id == expected.DepartmentId).ResponsibilityAreas.Single(a => a.Id == expected.Id);
            Assert.Equal(expected.Name, actual.Name);
            AssertSameGeometry(expected.Area, actual.Area);
        }
    }

    [Fact]
    public async Task Statistics_links_requests_and_datasets_round_trip()
    {
        await using var context = CreateContext();

        var observations = await context.Observations.AsNoTracking().Include(o => o.Indicator).OrderBy(o => o.Id).ToListAsync();
        Assert.Equal(_expected.Observations.Select(o => (o.Id, o.IndicatorId, o.UnitId, o.Period, o.Value)), observations.Select(o => (o.Id, o.IndicatorId, o.UnitId, o.Period, o.Value)));
        Assert.Equal(AggregationMethod.Sum, observations[0].Indicator.Aggregation);

        var links = await context.ComponentLinks.IgnoreQueryFilters().AsNoTracking().OrderBy(l => l.Id).ToListAsync();
        Assert.Equal(_expected.Links.Select(l => (l.Id, l.FromComponentId, l.ToComponentId, l.Kind)), links.Select(l => (l.Id, l.FromComponentId, l.ToComponentId, l.Kind)));

        var request = await context.ServiceRequests.AsNoTracking().SingleAsync();
        var expectedRequest = _expected.ServiceRequests.Single();
        Assert.Equal((expectedRequest.Code, expectedRequest.Category, expectedRequest.Description, expectedRequest.Status), (request.Code, request.Category, request.Description, request.Status));
        Assert.Equal((expectedRequest.DepartmentId, expectedRequest.GridUnitId), (request.DepartmentId, request.GridUnitId));
        Assert.Equal((expectedRequest.SubmittedAt, expectedRequest.UpdatedAt), (request.SubmittedAt, request.UpdatedAt));
        Assert.Equal(DateTimeKind.Utc, request.UpdatedAt.Kind);
        AssertSameGeometry(expectedRequest.Location, request.Location);

        var datasets = await context.Datasets.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
        foreach (var (expected, actual) in _expected.Datasets.Zip(datasets, (e, a) => (e, a)))
        {
            Assert.Equal((expected.Code, expected.Title, expected.Publisher, expected.Licence, expected.UpdateFrequency), (actual.Code, actual.Title, actual.Publisher, actual.Licence, actual.UpdateFrequency));
            Assert.Equal(expected.LastUpdated, actual.LastUpdated);
            Assert.Equal(expected.Keywords, actual.Keywords);
        }
    }

    [Fact]
    public async Task Hierarchy_navigations_and_path_prefix_queries_work()
    {
        await using var context = CreateContext();

        var district = await context.GovernanceUnits.AsNoTracking().Include(u => u.Parent).Include(u => u.Children).SingleAsync(u => u.Code == "NB-D01");
        Assert.Equal("NB", district.Parent!.Code);
        Assert.Equal(["NB-D01-S01-C01-G01"], district.Children.Select(c => c.Code));

        var descendants = await context.GovernanceUnits.Where(u => u.Path.StartsWith(district.Path)).OrderBy(u => u.Id).Select(u => u.Id).ToListAsync();
        Assert.Equal([2L, 3L], descendants);

        var owned = await context.Components.IgnoreQueryFilters().Where(c => c.Owner!.Code == "LIGHT" && c.GridUnit!.Level == Domain.Governance.GovernanceLevel.Grid).Select(c => c.Code).ToListAsync();
        Assert.Equal(["SL-000001"], owned);
    }

    [Fact]
    public async Task Enums_are_stored_as_their_names()
    {
        await using var context = CreateContext();
        var statuses = await context.Database
            .SqlQueryRaw<string>("SELECT status AS \"Value\" FROM components ORDER BY id")
            .ToListAsync();

        Assert.Equal(["Degraded", "Operational", "Maintenance"], statuses);
    }

    [Fact]
    public async Task Inserts_after_the_bulk_load_get_fresh_ids()
    {
        await using var context = CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync();
        var department = new Department { Code = "GAS", Name = "Gas works", Domain = InfrastructureDomain.Gas };
        var indicator = new Indicator { Code = "energy", Name = "Energy", Unit = "kWh", Description = "-", Source = "-", Licence = "-" };
        context.AddRange(department, indicator);

        await context.SaveChangesAsync();

        Assert.True(department.Id > _expected.Departments.Max(d => d.Id));
        Assert.True(indicator.Id > _expected.Indicators.Max(i => i.Id));
        await transaction.RollbackAsync();
    }

    [Fact]
    public async Task Observation_is_unique_per_indicator_unit_and_period()
    {
        await using var context = CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync();
        context.Observations.Add(new Observation { IndicatorId = 1, UnitId = 3, Period = "2025", Value = 1 });

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    /// <summary>The index names the model defines; the loaders drop and rebuild them, so all must be back.</summary>
    protected static IEnumerable<string> ModelIndexNames(OpenCityDbContext context) =>
        context.Model.GetEntityTypes().SelectMany(e => e.GetIndexes()).Select(i => i.GetDatabaseName()!)
            .Concat(context.Model.KeysetIndexes().Select(i => i.Name))
            .Order(StringComparer.Ordinal);

    protected static void AssertSameGeometry(Geometry expected, Geometry actual)
    {
        Assert.Equal(expected.GeometryType, actual.GeometryType);
        Assert.Equal(4326, actual.SRID);
        Assert.Equal(Wkb(expected), Wkb(actual));
        Assert.True(expected.EqualsExact(actual));
    }

    protected static byte[] Wkb(Geometry geometry) => new WKBWriter(ByteOrder.LittleEndian, handleSRID: false).Write(geometry);

    private static void AssertSameJson(string? expected, string? actual)
    {
        if (expected is null)
        {
            Assert.Null(actual);
            return;
        }

        // jsonb normalises spacing and key order, so the text may differ while the JSON is the same.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual!)), $"Expected {expected}, got {actual}.");
    }
}
