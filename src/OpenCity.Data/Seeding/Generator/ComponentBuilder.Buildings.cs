using OpenCity.Domain.Components;

namespace OpenCity.Data.Seeding;

internal sealed partial class ComponentBuilder
{
    private const double FloorHeightMeters = 3.2;
    private const double HouseholdFloorArea = 85.0;
    private const double UsableShare = 0.85;

    /// <summary>
    /// Buildings on the block's lots (some left green, all in a park cell), fed by the south main and
    /// cable; returns the building stock and green space the grid's statistics are modelled from.
    /// </summary>
    private CellStats Buildings(GridCell grid, Prng rng, (int, int)? reserved, long water, long power, bool arterial)
    {
        var layout = _definition.Layout;
        var size = _lattice.CellSize;
        var lots = layout.LotsPerSide;
        var isPark = rng.Chance(layout.ParkShare);
        var uses = _definition.BuildingUses;
        var useWeights = uses.Select(u => u.Weight).ToArray();
        var households = 0;
        var nonResidential = 0.0;
        var green = 0.0;
        for (var b = 0; b < lots; b++)
        {
            for (var a = 0; a < lots; a++)
            {
                var (u0, v0, u1, v1) = Lot(a, b);
                var lotArea = (u1 - u0) * (v1 - v0);
                if (reserved == (a, b))
                {
                    continue;
                }

                if (isPark || rng.Chance(layout.EmptyLotShare))
                {
                    green += lotArea * 0.9;
                    continue;
                }

                var width = Math.Round((u1 - u0) * rng.Next(0.4, 0.85), 1);
                var depth = Math.Round((v1 - v0) * rng.Next(0.4, 0.85), 1);
                var bu = Math.Round(u0 + rng.Next(3, u1 - u0 - width - 3), 1);
                var bv = Math.Round(v0 + rng.Next(3, v1 - v0 - depth - 3), 1);
                var use = uses[rng.PickWeighted(useWeights)];
                var floors = rng.NextInclusive(use.MinFloors, use.MaxFloors);
                var footprint = Math.Round(width * depth, 1);
                var floorArea = footprint * floors;
                var residentialShare = use.ResidentialShare;
                households += (int)(floorArea * UsableShare * residentialShare / HouseholdFloorArea);
                nonResidential += floorArea * (1 - residentialShare);
                green += (lotArea - footprint) * 0.35;

                var building = Add(ComponentKind.Building, _lattice.Rectangle(grid.Column, grid.Row, bu, bv, bu + width, bv + depth),
                    Address(grid, a, b), grid, rng, w =>
                    {
                        w.String("use", use.Use);
                        w.Number("floors", floors);
                        w.Number("heightM", Math.Round(floors * FloorHeightMeters + 1.5, 1));
                        w.Number("footprintM2", footprint);
                    });
                Link(water, building, LinkKind.Feeds);
                Link(power, building, LinkKind.Feeds);
            }
        }

        // Verges and street trees count a little even in the densest block.
        var share = Math.Min(95.0, Math.Round((green + size * 4) / (size * size) * 100, 1));
        return new CellStats(grid.UnitId, households, Math.Round(nonResidential, 1), share, arterial);
    }

    /// <summary>A street address for lot (a, b): the road the lot faces and a house number along it.</summary>
    private string Address(GridCell grid, int a, int b)
    {
        var lots = _definition.Layout.LotsPerSide;
        var (c, r) = (grid.Column, grid.Row);
        if (b == 0)
        {
            return $"{Number(2 * (c * lots + a) + 1)} {_roads.Row(r)}";
        }

        if (b == lots - 1)
        {
            return $"{Number(2 * (c * lots + a) + 2)} {_roads.Row(r + 1)}";
        }

        if (a == 0)
        {
            return $"{Number(2 * (r * lots + b) + 2)} {_roads.Column(c)}";
        }

        if (a == lots - 1)
        {
            return $"{Number(2 * (r * lots + b) + 1)} {_roads.Column(c + 1)}";
        }

        return $"{Number(2 * (c * lots + a) + 1)}{(char)('A' + b)} {_roads.Row(r)}";
    }
}
