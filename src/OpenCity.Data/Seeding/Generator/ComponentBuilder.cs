using System.Globalization;
using NetTopologySuite.Geometries;
using OpenCity.Domain.Components;
using OpenCity.Domain.Departments;

namespace OpenCity.Data.Seeding;

/// <summary>
/// Lays out the assets of every grid cell (roads on the cell's edges; lamps, mains and cables beside
/// them inside the cell; buildings on lots in the block) and links them into networks. Every asset
/// lies within its cell, so it is covered by its grid's boundary.
/// </summary>
internal sealed partial class ComponentBuilder
{
    private readonly CityDefinition _definition;
    private readonly Lattice _lattice;
    private readonly Hierarchy _hierarchy;
    private readonly Dictionary<ComponentKind, ComponentKindDefinition> _kinds;
    private readonly Dictionary<InfrastructureDomain, long> _owners;
    private readonly double[] _statusWeights;
    // Per kind, public and restricted assets are numbered apart: one sequence would show, in the
    // gaps between the public codes, how many restricted assets of a kind exist.
    private readonly int[] _codeCounters = new int[Enum.GetValues<ComponentKind>().Length];
    private readonly int[] _restrictedCodeCounters = new int[Enum.GetValues<ComponentKind>().Length];
    private readonly RoadNames _roads;
    private readonly DateOnly _today;
    private readonly List<CityComponent> _components = [];
    private readonly List<ComponentLink> _links = [];
    private readonly List<SensorInfo> _sensors = [];
    private readonly List<CellStats> _stats = [];
    private readonly Dictionary<(int Column, int Row), CellAssets> _assets = [];
    private readonly Dictionary<(int Column, int Row), long> _substations = [];
    private readonly AttributeWriter _attributes;

    public ComponentBuilder(CityDefinition definition, Lattice lattice, Hierarchy hierarchy, RoadNames roads, IReadOnlyList<Department> departments)
    {
        _definition = definition;
        _lattice = lattice;
        _hierarchy = hierarchy;
        _kinds = definition.Kinds.ToDictionary(k => k.Kind);
        _owners = [];
        foreach (var department in departments)
        {
            _owners.TryAdd(department.Domain, department.Id);
        }

        _statusWeights = [.. Enum.GetValues<ComponentStatus>().Select(s => definition.StatusWeights.GetValueOrDefault(s))];
        _roads = roads;
        _today = DateOnly.FromDateTime(definition.ReferenceTime);
        _attributes = new AttributeWriter(definition.Kinds);
    }

    public ComponentSet Build()
    {
        var substations = SubstationCells();
        foreach (var grid in _hierarchy.Grids)
        {
            BuildCell(grid, substations.Contains((grid.Column, grid.Row)));
        }

        LinkNeighbours();
        FeedFromSubstations();
        return new ComponentSet(_components, _links, _sensors, _stats);
    }

    /// <summary>Adds an asset and returns its id; draws status, date, sensitivity and attributes from <paramref name="rng"/>.</summary>
    private long Add(ComponentKind kind, Geometry geometry, string name, GridCell grid, Prng rng,
        Action<AttributeWriter>? attributes = null, InfrastructureDomain? domain = null)
    {
        var definition = _kinds[kind];
        var status = (ComponentStatus)rng.PickWeighted(_statusWeights);
        var fromYear = definition.InstalledFromYear ?? _definition.InstalledFromYear;
        var first = new DateOnly(fromYear, 1, 1);
        var last = new DateOnly(Math.Max(fromYear, _definition.InstalledToYear), 12, 31);
        var installed = first.AddDays(rng.Next(last.DayNumber - first.DayNumber + 1));
        if (installed > _today)
        {
            installed = _today.AddDays(-rng.Next(365));
        }

        var restricted = rng.Chance(definition.RestrictedShare);
        var number = ++(restricted ? _restrictedCodeCounters : _codeCounters)[(int)kind];
        var component = new CityComponent
        {
            Id = _components.Count + 1,
            Code = definition.CodePrefix + (restricted ? "-R" : "-") + number.ToString("D6", CultureInfo.InvariantCulture),
            Name = name,
            Kind = kind,
            Domain = domain ?? definition.Domain,
            Status = status,
            Geometry = geometry,
            // A planned asset is not in the ground yet.
            InstalledOn = status == ComponentStatus.Planned ? null : installed,
            Attributes = WriteAttributes(kind, rng, attributes),
            OwnerId = _owners.TryGetValue(domain ?? definition.Domain, out var owner) ? owner : null,
            Sensitivity = restricted ? Sensitivity.Restricted : Sensitivity.Public,
        };
        _components.Add(component);
        return component.Id;
    }

    private string WriteAttributes(ComponentKind kind, Prng rng, Action<AttributeWriter>? specific)
    {
        _attributes.Start();
        specific?.Invoke(_attributes);
        return _attributes.Finish(kind, rng);
    }

    private void Link(long from, long to, LinkKind kind)
    {
        if (from != 0 && to != 0)
        {
            _links.Add(new ComponentLink { Id = _links.Count + 1, FromComponentId = from, ToComponentId = to, Kind = kind });
        }
    }

    /// <summary>Cells with a substation: a regular pattern, and at least one.</summary>
    private HashSet<(int Column, int Row)> SubstationCells()
    {
        var spacing = _definition.Layout.SubstationSpacingCells;
        var cells = _hierarchy.Grids
            .Where(g => g.Column % spacing == spacing / 2 && g.Row % spacing == spacing / 2)
            .Select(g => (g.Column, g.Row))
            .ToHashSet();
        if (cells.Count == 0)
        {
            cells.Add((_hierarchy.Grids[0].Column, _hierarchy.Grids[0].Row));
        }

        return cells;
    }

    private bool IsCity(int column, int row) => _hierarchy.GridAt.ContainsKey((column, row));
}
