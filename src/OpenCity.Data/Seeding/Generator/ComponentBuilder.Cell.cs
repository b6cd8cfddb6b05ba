using System.Globalization;
using NetTopologySuite.Geometries;
using OpenCity.Domain.Components;

namespace OpenCity.Data.Seeding;

internal sealed partial class ComponentBuilder
{
    /// <summary>
    /// One cell: it owns the roads on its south and west edges (and on its north and east edges where
    /// the city ends); lamps, mains and cables run beside those roads a few metres into the cell.
    /// </summary>
    private void BuildCell(GridCell grid, bool hasSubstation)
    {
        var rng = Prng.For(_definition.Seed, Prng.Purpose.Cell, _lattice.Index(grid.Column, grid.Row));
        var layout = _definition.Layout;
        var size = _lattice.CellSize;
        var (c, r) = (grid.Column, grid.Row);
        var south = _roads.Row(r);
        var west = _roads.Column(c);
        var ownsNorth = !IsCity(c, r + 1);
        var ownsEast = !IsCity(c + 1, r);
        var arterial = r % layout.ArterialEveryLines == 0 || c % layout.ArterialEveryLines == 0;

        // Roads on the cell's edges, exactly on the lattice lines.
        var roadSouth = Road(grid, rng, south, r, _lattice.Line(c, r, 0, 0, size, 0));
        var roadWest = Road(grid, rng, west, c, _lattice.Line(c, r, 0, 0, 0, size));
        if (ownsNorth)
        {
            Road(grid, rng, _roads.Row(r + 1), r + 1, _lattice.Line(c, r, 0, size, size, size));
        }

        if (ownsEast)
        {
            Road(grid, rng, _roads.Column(c + 1), c + 1, _lattice.Line(c, r, size, 0, size, size));
        }

        // Mains and cables beside the south and west roads, meeting the next cell's at the cell border.
        var waterSouth = Main(ComponentKind.WaterPipe, grid, rng, south, layout.WaterPipeOffsetMeters, alongSouth: true);
        var waterWest = Main(ComponentKind.WaterPipe, grid, rng, west, layout.WaterPipeOffsetMeters, alongSouth: false);
        var hasGas = rng.Chance(layout.GasShare);
        var gasSouth = hasGas ? Main(ComponentKind.GasPipe, grid, rng, south, layout.GasPipeOffsetMeters, alongSouth: true) : 0;
        var gasWest = hasGas ? Main(ComponentKind.GasPipe, grid, rng, west, layout.GasPipeOffsetMeters, alongSouth: false) : 0;
        var powerSouth = Main(ComponentKind.PowerLine, grid, rng, south, layout.PowerLineOffsetMeters, alongSouth: true);
        var powerWest = Main(ComponentKind.PowerLine, grid, rng, west, layout.PowerLineOffsetMeters, alongSouth: false);
        Link(waterWest, waterSouth, LinkKind.ConnectsTo);
        Link(gasWest, gasSouth, LinkKind.ConnectsTo);
        _assets[(c, r)] = new CellAssets(roadSouth, roadWest, waterSouth, waterWest, gasSouth, gasWest, powerSouth, powerWest);

        var lotsPerSide = layout.LotsPerSide;
        var middleLot = (lotsPerSide / 2, lotsPerSide / 2);
        if (hasSubstation)
        {
            var (u0, v0, u1, v1) = Lot(middleLot.Item1, middleLot.Item2);
            var (cu, cv) = ((u0 + u1) / 2, (v0 + v1) / 2);
            var substation = Add(ComponentKind.Substation, _lattice.Rectangle(c, r, cu - 12, cv - 8, cu + 12, cv + 8),
                $"Substation {grid.CommunityName}", grid, rng);
            _substations[(c, r)] = substation;
        }

        // Streetlights every few tens of metres on each road the cell owns, fed by the nearest cable.
        var lights = new List<long>();
        var offset = layout.StreetlightOffsetMeters;
        Lights(grid, rng, south, powerSouth, lights, s => (s, offset));
        Lights(grid, rng, west, powerWest, lights, s => (offset, s));
        if (ownsNorth)
        {
            Lights(grid, rng, _roads.Row(r + 1), powerSouth, lights, s => (s, size - offset));
        }

        if (ownsEast)
        {
            Lights(grid, rng, _roads.Column(c + 1), powerWest, lights, s => (size - offset, s));
        }

        var kerb = layout.WaterPipeOffsetMeters + 2;
        Link(waterSouth, Add(ComponentKind.Hydrant, _lattice.Point(c, r, size * 0.3, kerb), $"Hydrant on {south}", grid, rng), LinkKind.Feeds);
        Link(waterWest, Add(ComponentKind.Hydrant, _lattice.Point(c, r, kerb, size * 0.6), $"Hydrant on {west}", grid, rng), LinkKind.Feeds);
        Link(Add(ComponentKind.Manhole, _lattice.Point(c, r, size * 0.5, 1.5), $"Manhole on {south}", grid, rng), roadSouth, LinkKind.PartOf);
        Link(Add(ComponentKind.Manhole, _lattice.Point(c, r, 1.5, size * 0.5), $"Manhole on {west}", grid, rng), roadWest, LinkKind.PartOf);

        if ((c + r) % layout.BusStopEveryCells == 0)
        {
            var stop = Add(ComponentKind.BusStop, _lattice.Point(c, r, size * 0.7, kerb), $"{south} bus stop", grid, rng);
            Link(stop, roadSouth, LinkKind.PartOf);
        }

        // Signals only where four roads meet, at the cell's south-west corner.
        if (IsCity(c - 1, r) && IsCity(c, r - 1) && IsCity(c - 1, r - 1) && rng.Chance(layout.TrafficSignalShare))
        {
            var signal = Add(ComponentKind.TrafficSignal, _lattice.Point(c, r, 4, 4), $"Traffic signal {south} / {west}", grid, rng);
            Link(signal, roadSouth, LinkKind.PartOf);
            Link(powerWest, signal, LinkKind.Feeds);
        }

        var stats = Buildings(grid, rng, hasSubstation ? middleLot : null, waterSouth, powerSouth, arterial);
        _stats.Add(stats);

        var monitored = new Dictionary<ComponentKind, (long South, long West)>
        {
            [ComponentKind.WaterPipe] = (waterSouth, waterWest),
            [ComponentKind.GasPipe] = (gasSouth, gasWest),
        };
        foreach (var metric in _definition.Metrics)
        {
            if (!rng.Chance(metric.Share))
            {
                continue;
            }

            Sensor(grid, rng, metric, monitored, lights, roadSouth, south);
        }
    }

    private long Road(GridCell grid, Prng rng, string name, int line, LineString geometry)
    {
        var arterial = line % _definition.Layout.ArterialEveryLines == 0;
        return Add(ComponentKind.RoadSegment, geometry, name, grid, rng, w =>
        {
            w.String("name", name);
            w.String("roadClass", arterial ? "arterial" : "residential");
            w.Number("speedLimitKmh", arterial ? 50 : 30);
        });
    }

    private long Main(ComponentKind kind, GridCell grid, Prng rng, string road, double offset, bool alongSouth)
    {
        var size = _lattice.CellSize;
        var geometry = alongSouth
            ? _lattice.Line(grid.Column, grid.Row, 0, offset, size, offset)
            : _lattice.Line(grid.Column, grid.Row, offset, 0, offset, size);
        return Add(kind, geometry, $"{_kinds[kind].Label} on {road}", grid, rng);
    }

    private void Lights(GridCell grid, Prng rng, string road, long cable, List<long> lights, Func<double, (double U, double V)> position)
    {
        var spacing = _definition.Layout.StreetlightSpacingMeters;
        var number = 0;
        for (var s = spacing / 2; s < _lattice.CellSize; s += spacing)
        {
            var (u, v) = position(s);
            var light = Add(ComponentKind.Streetlight, _lattice.Point(grid.Column, grid.Row, u, v),
                $"Streetlight {++number} on {road}", grid, rng);
            lights.Add(light);
            Link(cable, light, LinkKind.Feeds);
        }
    }

    private void Sensor(GridCell grid, Prng rng, MetricDefinition metric, Dictionary<ComponentKind, (long South, long West)> mains,
        List<long> lights, long roadSouth, string south)
    {
        var size = _lattice.CellSize;
        var layout = _definition.Layout;
        long target;
        Point location;
        switch (metric.Monitors)
        {
            case ComponentKind.Streetlight:
                target = lights[rng.Next(lights.Count)];
                location = (Point)_components[(int)target - 1].Geometry.Copy();
                break;
            case ComponentKind.RoadSegment:
                target = roadSouth;
                location = _lattice.Point(grid.Column, grid.Row, size * 0.4, layout.StreetlightOffsetMeters + 1.5);
                break;
            default:
                var (pipeSouth, pipeWest) = mains[metric.Monitors];
                var offset = metric.Monitors == ComponentKind.GasPipe ? layout.GasPipeOffsetMeters : layout.WaterPipeOffsetMeters;
                var onSouth = rng.Chance(0.5);
                target = onSouth ? pipeSouth : pipeWest;
                location = onSouth
                    ? _lattice.Point(grid.Column, grid.Row, size * 0.62, offset)
                    : _lattice.Point(grid.Column, grid.Row, offset, size * 0.62);
                break;
        }

        if (target == 0)
        {
            return;
        }

        var id = Add(ComponentKind.Sensor, location, $"Sensor ({metric.Metric}) on {south}", grid, rng, w =>
        {
            w.String("metric", metric.Metric);
            w.String("unitOfMeasure", metric.UnitOfMeasure);
            w.Number("samplingIntervalMin", 60);
        }, metric.Domain);
        Link(id, target, LinkKind.Monitors);
        _sensors.Add(new SensorInfo(id, metric, _components[^1].Status));
    }

    /// <summary>The bounds (u0, v0, u1, v1) in metres of building lot (a, b) of the cell's block.</summary>
    private (double U0, double V0, double U1, double V1) Lot(int a, int b)
    {
        var margin = _definition.Layout.BlockMarginMeters;
        var lot = (_lattice.CellSize - 2 * margin) / _definition.Layout.LotsPerSide;
        return (margin + a * lot, margin + b * lot, margin + (a + 1) * lot, margin + (b + 1) * lot);
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
