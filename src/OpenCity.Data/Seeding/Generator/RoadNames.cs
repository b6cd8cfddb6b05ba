namespace OpenCity.Data.Seeding;

/// <summary>The name of the road on every lattice line: one name per column line and per row line.</summary>
internal sealed class RoadNames
{
    private readonly string[] _columns;
    private readonly string[] _rows;

    public RoadNames(CityDefinition definition, Lattice lattice)
    {
        var pool = new NamePool(definition.Names.RoadFirst, definition.Names.RoadSecond, Prng.For(definition.Seed, Prng.Purpose.Names, 1));
        _columns = [.. Enumerable.Range(0, lattice.Columns + 1).Select(_ => pool.Next())];
        _rows = [.. Enumerable.Range(0, lattice.Rows + 1).Select(_ => pool.Next())];
    }

    /// <summary>The north–south road west of column <paramref name="column"/>.</summary>
    public string Column(int column) => _columns[column];

    /// <summary>The east–west road south of row <paramref name="row"/>.</summary>
    public string Row(int row) => _rows[row];
}
