namespace OpenCity.Data.Seeding;

/// <summary>
/// Splits a connected set of lattice cells into contiguous, compact, roughly equal regions: seeds
/// spread by farthest-point sampling and a few k-means rounds, then regions grow cell by cell from
/// their seeds, the smallest region always claiming next, so every region stays edge-connected.
/// </summary>
internal static class RegionPartitioner
{
    private const int KMeansRounds = 4;

    private static readonly (int Dx, int Dy)[] Neighbours = [(0, 1), (1, 0), (0, -1), (-1, 0)];

    /// <summary>Regions of <paramref name="cells"/>, each in lattice order, ordered north-west first.</summary>
    public static IReadOnlyList<IReadOnlyList<int>> Partition(Lattice lattice, IReadOnlyList<int> cells, int count, ulong seed, int salt)
    {
        count = Math.Clamp(count, 1, cells.Count);
        var seeds = ChooseSeeds(lattice, cells, count);
        var owner = cells.ToDictionary(c => c, _ => -1);
        var sizes = new int[count];
        var frontiers = new PriorityQueue<int, (double, int)>[count];
        var turn = new PriorityQueue<int, (int, int)>();
        for (var r = 0; r < count; r++)
        {
            frontiers[r] = new PriorityQueue<int, (double, int)>();
            owner[seeds[r]] = r;
            sizes[r] = 1;
        }

        for (var r = 0; r < count; r++)
        {
            Expand(lattice, seeds[r], owner, frontiers[r], seeds[r], seed, salt);
            turn.Enqueue(r, (1, r));
        }

        while (turn.TryDequeue(out var region, out _))
        {
            var frontier = frontiers[region];
            while (frontier.TryDequeue(out var cell, out _))
            {
                if (owner[cell] >= 0)
                {
                    continue;
                }

                owner[cell] = region;
                sizes[region]++;
                Expand(lattice, cell, owner, frontier, seeds[region], seed, salt);
                turn.Enqueue(region, (sizes[region], region));
                break;
            }
        }

        var regions = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        foreach (var cell in cells)
        {
            // A set that is not connected leaves cells unreached: they join the nearest seed's region.
            var region = owner[cell] >= 0 ? owner[cell] : Nearest(lattice, cell, seeds);
            regions[region].Add(cell);
        }

        return [.. regions
            .Select((cellsOfRegion, r) => (cellsOfRegion, seed: seeds[r]))
            .OrderByDescending(x => lattice.RowOf(x.seed))
            .ThenBy(x => lattice.ColumnOf(x.seed))
            .Select(x => (IReadOnlyList<int>)x.cellsOfRegion)];
    }

    private static void Expand(
        Lattice lattice, int cell, Dictionary<int, int> owner, PriorityQueue<int, (double, int)> frontier, int origin, ulong seed, int salt)
    {
        var column = lattice.ColumnOf(cell);
        var row = lattice.RowOf(cell);
        foreach (var (dx, dy) in Neighbours)
        {
            if (!lattice.Contains(column + dx, row + dy))
            {
                continue;
            }

            var next = lattice.Index(column + dx, row + dy);
            if (owner.TryGetValue(next, out var o) && o < 0)
            {
                // Distance to the seed, roughened per cell, makes compact regions with organic edges.
                var jitter = Prng.For(seed, Prng.Purpose.Partition, ((long)salt << 32) | (uint)next).Next(0.7, 1.3);
                frontier.Enqueue(next, (Distance2(lattice, next, origin) * jitter, next));
            }
        }
    }

    private static int[] ChooseSeeds(Lattice lattice, IReadOnlyList<int> cells, int count)
    {
        var meanX = cells.Average(c => (double)lattice.ColumnOf(c));
        var meanY = cells.Average(c => (double)lattice.RowOf(c));
        var seeds = new List<int> { ArgMax(cells, c => Sq(lattice.ColumnOf(c) - meanX) + Sq(lattice.RowOf(c) - meanY)) };
        var best = cells.Select(c => Distance2(lattice, c, seeds[0])).ToArray();
        while (seeds.Count < count)
        {
            var next = cells[ArgMax(Enumerable.Range(0, cells.Count).ToList(), i => best[i])];
            seeds.Add(next);
            for (var i = 0; i < cells.Count; i++)
            {
                best[i] = Math.Min(best[i], Distance2(lattice, cells[i], next));
            }
        }

        // Lloyd rounds pull the seeds from the rim towards the middle of their share of cells.
        for (var round = 0; round < KMeansRounds && count > 1; round++)
        {
            var sumX = new double[count];
            var sumY = new double[count];
            var n = new int[count];
            foreach (var cell in cells)
            {
                var r = Nearest(lattice, cell, seeds);
                sumX[r] += lattice.ColumnOf(cell);
                sumY[r] += lattice.RowOf(cell);
                n[r]++;
            }

            var taken = new HashSet<int>();
            for (var r = 0; r < count; r++)
            {
                if (n[r] == 0)
                {
                    taken.Add(seeds[r]);
                    continue;
                }

                var cx = sumX[r] / n[r];
                var cy = sumY[r] / n[r];
                var moved = ArgMin(cells.Where(c => !taken.Contains(c) && !seeds.Skip(r + 1).Contains(c)).ToList(),
                    c => Sq(lattice.ColumnOf(c) - cx) + Sq(lattice.RowOf(c) - cy));
                seeds[r] = moved;
                taken.Add(moved);
            }
        }

        return [.. seeds];
    }

    private static int Nearest(Lattice lattice, int cell, IReadOnlyList<int> seeds)
    {
        var best = 0;
        var bestDistance = double.MaxValue;
        for (var r = 0; r < seeds.Count; r++)
        {
            var d = Distance2(lattice, cell, seeds[r]);
            if (d < bestDistance)
            {
                best = r;
                bestDistance = d;
            }
        }

        return best;
    }

    private static int ArgMax(IReadOnlyList<int> items, Func<int, double> score) => ArgMin(items, i => -score(i));

    /// <summary>The item with the lowest score; the first such item on ties.</summary>
    private static int ArgMin(IReadOnlyList<int> items, Func<int, double> score)
    {
        var best = items[0];
        var bestScore = score(best);
        for (var i = 1; i < items.Count; i++)
        {
            var s = score(items[i]);
            if (s < bestScore)
            {
                best = items[i];
                bestScore = s;
            }
        }

        return best;
    }

    private static double Distance2(Lattice lattice, int a, int b) =>
        Sq(lattice.ColumnOf(a) - lattice.ColumnOf(b)) + Sq(lattice.RowOf(a) - lattice.RowOf(b));

    private static double Sq(double x) => x * x;
}
