using NetTopologySuite.Geometries;
using OpenCity.Domain.Governance;

namespace OpenCity.Data.Seeding;

/// <summary>The governance units (parents first), the grid cells in unit order and the city's boundary.</summary>
internal sealed record Hierarchy(IReadOnlyList<GovernanceUnit> Units, IReadOnlyList<GridCell> Grids, MultiPolygon CityBoundary)
{
    /// <summary>The grid covering each lattice cell of the city, by (column, row).</summary>
    public IReadOnlyDictionary<(int Column, int Row), GridCell> GridAt { get; } =
        Grids.ToDictionary(g => (g.Column, g.Row));
}
