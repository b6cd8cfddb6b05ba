using OpenCity.Domain.Components;
using OpenCity.GraphQL.Data.Types;

namespace OpenCity.Server.Components;

/// <summary>GraphQL enum of asset kinds.</summary>
public sealed class ComponentKindType()
    : DescribedEnumerationGraphType<ComponentKind>(
        "What a physical asset is.",
        new Dictionary<ComponentKind, string>
        {
            [ComponentKind.Streetlight] = "A street lamp.",
            [ComponentKind.WaterPipe] = "A segment of water main between two junctions.",
            [ComponentKind.GasPipe] = "A segment of gas main between two junctions.",
            [ComponentKind.PowerLine] = "A segment of power cable or overhead line.",
            [ComponentKind.Substation] = "An electrical substation that feeds power lines.",
            [ComponentKind.Hydrant] = "A fire hydrant.",
            [ComponentKind.Manhole] = "A manhole giving access to sewers or cables.",
            [ComponentKind.Building] = "A building footprint.",
            [ComponentKind.RoadSegment] = "A stretch of road between two junctions.",
            [ComponentKind.BusStop] = "A bus stop.",
            [ComponentKind.TrafficSignal] = "A set of traffic lights at a junction.",
            [ComponentKind.Sensor] = "A measuring device: water pressure or flow, light level, air quality …",
        });
