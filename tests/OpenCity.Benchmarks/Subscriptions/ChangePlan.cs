using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries.Prepared;
using OpenCity.Data;
using OpenCity.Domain.Components;
using OpenCity.Domain.Governance;

namespace OpenCity.Benchmarks.Subscriptions;

/// <summary>
/// Which public sensors the benchmark changes, in turn, and which of its fenced districts each one is
/// in (checked as the server's fence checks it), so the deliveries each change owes are known exactly.
/// </summary>
public sealed class ChangePlan
{
    private readonly List<(string Code, string[] Units)> _components;
    private readonly Dictionary<string, bool> _inMaintenance = [];
    private int _next;

    private ChangePlan(IReadOnlyList<string> units, List<(string Code, string[] Units)> components)
    {
        Units = units;
        _components = components;
    }

    /// <summary>The districts fenced subscriptions watch.</summary>
    public IReadOnlyList<string> Units { get; }

    /// <summary>Two sensors inside each of <paramref name="units"/> districts (and no other of them), and two outside them all.</summary>
    public static async Task<ChangePlan> CreateAsync(IServiceProvider services, int units, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContextAsync(cancellationToken);
        var districts = await db.GovernanceUnits.Where(u => u.Level == GovernanceLevel.District).OrderBy(u => u.Code)
            .Take(units).Select(u => new { u.Code, u.Boundary }).ToListAsync(cancellationToken);
        var fences = districts.Select(d => (d.Code, Area: PreparedGeometryFactory.Prepare(d.Boundary))).ToList();
        var sensors = await db.Components.IgnoreQueryFilters()
            .Where(c => c.Kind == ComponentKind.Sensor && c.Sensitivity == Sensitivity.Public && c.Status == ComponentStatus.Operational)
            .OrderBy(c => c.Id).Take(20_000).Select(c => new { c.Code, c.Geometry }).ToListAsync(cancellationToken);
        var placed = sensors.Select(s => (s.Code, Units: fences.Where(f => f.Area.Intersects(s.Geometry)).Select(f => f.Code).ToArray())).ToList();
        var chosen = fences.SelectMany(f => placed.Where(p => p.Units.SequenceEqual([f.Code])).Take(2))
            .Concat(placed.Where(p => p.Units.Length == 0).Take(2))
            .ToList();
        return new ChangePlan(districts.Select(d => d.Code).ToList(), chosen);
    }

    /// <summary>Commits the next change (a sensor's status, back and forth); returns the deliveries it owes <paramref name="subscriptions"/>.</summary>
    public async Task<long> ChangeAsync(HttpClient http, IReadOnlyList<string?> subscriptions, string mutation, CancellationToken cancellationToken)
    {
        var (code, units) = _components[_next++ % _components.Count];
        var maintenance = !_inMaintenance.GetValueOrDefault(code);
        await SetAsync(http, mutation, code, maintenance ? "MAINTENANCE" : "OPERATIONAL", cancellationToken);
        _inMaintenance[code] = maintenance;
        return subscriptions.LongCount(unit => unit is null || units.Contains(unit));
    }

    /// <summary>Puts every changed sensor back to operational, as the city was seeded.</summary>
    public async Task RestoreAsync(HttpClient http, string mutation, CancellationToken cancellationToken)
    {
        foreach (var (code, _) in _inMaintenance.Where(c => c.Value).ToList())
        {
            await SetAsync(http, mutation, code, "OPERATIONAL", cancellationToken);
            _inMaintenance[code] = false;
        }
    }

    private static async Task SetAsync(HttpClient http, string mutation, string code, string status, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query = mutation, variables = new { code, status } }, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        if (!response.IsSuccessStatusCode || body?["errors"] is not null || body?["data"]?["updateComponentStatus"]?["errors"] is JsonArray { Count: > 0 })
        {
            throw new InvalidOperationException($"Changing {code} failed: {body?.ToJsonString()}");
        }
    }
}
