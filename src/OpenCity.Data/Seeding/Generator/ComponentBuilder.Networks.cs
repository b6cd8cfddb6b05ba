using OpenCity.Domain.Components;

namespace OpenCity.Data.Seeding;

internal sealed partial class ComponentBuilder
{
    /// <summary>Joins roads, water mains and gas mains to the next cell's to the east and to the north.</summary>
    private void LinkNeighbours()
    {
        foreach (var grid in _hierarchy.Grids)
        {
            var here = _assets[(grid.Column, grid.Row)];
            if (_assets.TryGetValue((grid.Column + 1, grid.Row), out var east))
            {
                Link(here.RoadSouth, east.RoadSouth, LinkKind.ConnectsTo);
                Link(here.WaterSouth, east.WaterSouth, LinkKind.ConnectsTo);
                Link(here.GasSouth, east.GasSouth, LinkKind.ConnectsTo);
            }

            if (_assets.TryGetValue((grid.Column, grid.Row + 1), out var north))
            {
                Link(here.RoadWest, north.RoadWest, LinkKind.ConnectsTo);
                Link(here.WaterWest, north.WaterWest, LinkKind.ConnectsTo);
                Link(here.GasWest, north.GasWest, LinkKind.ConnectsTo);
            }
        }
    }

    /// <summary>Each cell's cables are fed by the nearest substation (breadth-first over the cells, so across the city only).</summary>
    private void FeedFromSubstations()
    {
        var nearest = new Dictionary<(int Column, int Row), long>();
        var queue = new Queue<(int Column, int Row)>();
        foreach (var grid in _hierarchy.Grids)
        {
            if (_substations.TryGetValue((grid.Column, grid.Row), out var substation))
            {
                nearest[(grid.Column, grid.Row)] = substation;
                queue.Enqueue((grid.Column, grid.Row));
            }
        }

        while (queue.TryDequeue(out var cell))
        {
            foreach (var next in new[] { (cell.Column, cell.Row + 1), (cell.Column + 1, cell.Row), (cell.Column, cell.Row - 1), (cell.Column - 1, cell.Row) })
            {
                if (IsCity(next.Item1, next.Item2) && !nearest.ContainsKey(next))
                {
                    nearest[next] = nearest[cell];
                    queue.Enqueue(next);
                }
            }
        }

        foreach (var grid in _hierarchy.Grids)
        {
            var assets = _assets[(grid.Column, grid.Row)];
            var substation = nearest[(grid.Column, grid.Row)];
            Link(substation, assets.PowerSouth, LinkKind.Feeds);
            Link(substation, assets.PowerWest, LinkKind.Feeds);
        }
    }
}
