using OpenCity.Data.Membership;
using OpenCity.Domain.ServiceRequests;

namespace OpenCity.Data.Seeding;

/// <summary>
/// Generates the demo city from its definition, deterministically: the same definition and size give
/// the same entities, ids and bytes on every machine (own PRNG, fixed iteration order, coordinates
/// rounded to 1e-7°, a fixed reference time instead of the clock).
/// </summary>
public sealed class DemoCityGenerator(CityDefinition definition)
{
    public DemoCity Generate(CitySize size)
    {
        var sizeDefinition = definition.Sizes.For(size);
        var lattice = new Lattice(definition, sizeDefinition);
        var cells = CityOutline.Cells(lattice, definition.Seed);
        var hierarchy = HierarchyBuilder.Build(definition, sizeDefinition, lattice, cells);
        var (departments, areas) = DepartmentBuilder.Build(definition, hierarchy.CityBoundary);
        var roads = new RoadNames(definition, lattice);
        var components = new ComponentBuilder(definition, lattice, hierarchy, roads, departments).Build();
        var readings = ReadingBuilder.Build(definition, sizeDefinition, components.Sensors);
        var (indicators, observations) = StatisticsBuilder.Build(definition, sizeDefinition, hierarchy, components.Stats);
        var requests = ServiceRequestBuilder.Build(definition, sizeDefinition, lattice, hierarchy, roads, components.Stats, departments);

        // Membership is what the geometry says, by the same spatial join an import uses, not the
        // lattice cell an asset happened to be generated in.
        var membership = new GridMembership(hierarchy.Units);
        foreach (var component in components.Components)
        {
            component.GridUnitId = membership.GridOf(component.Geometry);
        }

        foreach (var request in requests)
        {
            request.GridUnitId = membership.GridOf(request.Location);
            request.PublicLocation = ReportedLocation.Round(request.Location);
        }

        return new DemoCity(
            hierarchy.Units,
            departments,
            areas,
            components.Components,
            components.Links,
            readings,
            indicators,
            observations,
            ServiceRequestBuilder.Categories(definition, departments),
            requests,
            DatasetBuilder.Build(definition));
    }
}
