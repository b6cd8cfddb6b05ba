using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;
using OpenCity.Domain.Governance;
using OpenCity.Geospatial.Geodesy;

namespace OpenCity.Data.Seeding;

/// <summary>
/// Builds CITY → DISTRICT → STREET → COMMUNITY → GRID: grids are lattice cells, every other unit is a
/// contiguous group of its level's children and its boundary is their union, so each level tiles its
/// parent exactly by construction.
/// </summary>
internal static class HierarchyBuilder
{
    public static Hierarchy Build(CityDefinition definition, SizeDefinition size, Lattice lattice, IReadOnlyList<int> cityCells)
    {
        var seed = definition.Seed;
        var names = definition.Names;
        var nameRng = Prng.For(seed, Prng.Purpose.Names, 0);
        var districtNames = new NamePool(names.Districts, [string.Empty], nameRng);
        var streetNames = new NamePool(names.StreetFirst, names.StreetSecond, nameRng);
        var communityNames = new NamePool(names.CommunityFirst, names.CommunitySecond, nameRng);
        var salt = 0;

        var city = new Node(GovernanceLevel.City, definition.Code, definition.Name, cityCells);
        var districtCells = RegionPartitioner.Partition(lattice, cityCells, size.Districts, seed, ++salt);
        foreach (var (cellsOfDistrict, d) in districtCells.Select((c, i) => (c, i + 1)))
        {
            var district = city.Add(GovernanceLevel.District, $"{city.Code}-D{d:00}", districtNames.Next(), cellsOfDistrict);
            var streetCells = RegionPartitioner.Partition(lattice, cellsOfDistrict, size.StreetsPerDistrict, seed, ++salt);
            foreach (var (cellsOfStreet, s) in streetCells.Select((c, i) => (c, i + 1)))
            {
                var street = district.Add(GovernanceLevel.Street, $"{district.Code}-S{s:00}", streetNames.Next(), cellsOfStreet);
                var communityCells = RegionPartitioner.Partition(lattice, cellsOfStreet, size.CommunitiesPerStreet, seed, ++salt);
                foreach (var (cellsOfCommunity, c) in communityCells.Select((x, i) => (x, i + 1)))
                {
                    var community = street.Add(GovernanceLevel.Community, $"{street.Code}-C{c:00}", communityNames.Next(), cellsOfCommunity);
                    var ordered = cellsOfCommunity.OrderByDescending(lattice.RowOf).ThenBy(lattice.ColumnOf).ToList();
                    foreach (var (cell, g) in ordered.Select((x, i) => (x, i + 1)))
                    {
                        community.Add(GovernanceLevel.Grid, $"{community.Code}-G{g:00}", $"{community.Name} Grid {g}", [cell]);
                    }
                }
            }
        }

        return Materialise(city, lattice);
    }

    private static Hierarchy Materialise(Node city, Lattice lattice)
    {
        // Ids level by level, so parents always come first and siblings are contiguous.
        var levels = new List<List<Node>> { new() { city } };
        while (levels[^1].SelectMany(n => n.Children).ToList() is { Count: > 0 } next)
        {
            levels.Add(next);
        }

        long id = 0;
        foreach (var node in levels.SelectMany(l => l))
        {
            node.Id = ++id;
        }

        // Boundaries bottom-up: a parent's boundary is the union of its children's.
        for (var level = levels.Count - 1; level >= 0; level--)
        {
            foreach (var node in levels[level])
            {
                node.Boundary = node.Children.Count == 0
                    ? RingOrientation.ToMultiPolygon(lattice.Cell(lattice.ColumnOf(node.Cells[0]), lattice.RowOf(node.Cells[0])))
                    : Union(node.Children.Select(c => c.Boundary!));
            }
        }

        var units = new List<GovernanceUnit>();
        var grids = new List<GridCell>();
        foreach (var node in levels.SelectMany(l => l))
        {
            node.Path = (node.Parent?.Path ?? "/") + node.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/";
            var boundary = node.Boundary!;
            units.Add(new GovernanceUnit
            {
                Id = node.Id,
                Code = node.Code,
                Name = node.Name,
                Level = node.Level,
                ParentId = node.Parent?.Id,
                Path = node.Path,
                Boundary = boundary,
                AreaSquareMeters = Math.Round(GeodesicArea.Of(boundary), 2),
                Centroid = RepresentativePoint.Of(boundary),
            });
            if (node.Level == GovernanceLevel.Grid)
            {
                grids.Add(new GridCell(node.Id, lattice.ColumnOf(node.Cells[0]), lattice.RowOf(node.Cells[0]), node.Parent!.Name));
            }
        }

        return new Hierarchy(units, grids, city.Boundary!);
    }

    private static MultiPolygon Union(IEnumerable<MultiPolygon> parts)
    {
        var collection = Wgs84.Factory.BuildGeometry([.. parts]);
        return RingOrientation.ToMultiPolygon(UnaryUnionNG.Union(collection, Wgs84.Factory.PrecisionModel));
    }

    private sealed class Node(GovernanceLevel level, string code, string name, IReadOnlyList<int> cells)
    {
        public GovernanceLevel Level { get; } = level;

        public string Code { get; } = code;

        public string Name { get; } = name;

        public IReadOnlyList<int> Cells { get; } = cells;

        public Node? Parent { get; private init; }

        public List<Node> Children { get; } = [];

        public long Id { get; set; }

        public string? Path { get; set; }

        public MultiPolygon? Boundary { get; set; }

        public Node Add(GovernanceLevel childLevel, string childCode, string childName, IReadOnlyList<int> childCells)
        {
            var child = new Node(childLevel, childCode, childName, childCells) { Parent = this };
            Children.Add(child);
            return child;
        }
    }
}
