namespace OpenCity.Data.Seeding;

/// <summary>
/// Cuts the city's outline from the lattice: an ellipse whose rows wander a little, so the city looks
/// grown rather than drawn. Each row is one run of cells overlapping the next, so the city is
/// connected and has no holes.
/// </summary>
internal static class CityOutline
{
    /// <summary>Lattice indices of the city's cells, in lattice order (south row first, west to east).</summary>
    public static IReadOnlyList<int> Cells(Lattice lattice, ulong seed)
    {
        var rng = Prng.For(seed, Prng.Purpose.Outline, 0);
        var columns = lattice.Columns;
        var rows = lattice.Rows;
        var cells = new List<int>();
        var shift = 0.0;
        var stretch = 1.0;
        int? previousFirst = null;
        int? previousLast = null;
        for (var row = 0; row < rows; row++)
        {
            var t = (row + 0.5 - rows / 2.0) / (rows / 2.0 + 0.5);
            shift = Math.Clamp(shift + rng.Next(-0.4, 0.4), -columns / 12.0, columns / 12.0);
            stretch = Math.Clamp(stretch + rng.Next(-0.05, 0.05), 0.85, 1.05);
            var halfWidth = columns / 2.0 * Math.Sqrt(1.0 - t * t) * stretch;
            var first = Math.Clamp((int)Math.Round(columns / 2.0 + shift - halfWidth), 0, columns - 1);
            var last = Math.Clamp((int)Math.Round(columns / 2.0 + shift + halfWidth) - 1, first, columns - 1);
            if (previousFirst is { } pf && previousLast is { } pl)
            {
                // Keep each row touching the one below so the city stays in one piece.
                if (last < pf)
                {
                    last = pf;
                }

                if (first > pl)
                {
                    first = pl;
                }
            }

            for (var column = first; column <= last; column++)
            {
                cells.Add(lattice.Index(column, row));
            }

            previousFirst = first;
            previousLast = last;
        }

        return cells;
    }
}
