namespace OpenCity.Domain.Components;

/// <summary>What a physical asset of the city is.</summary>
public enum ComponentKind
{
    Streetlight = 0,
    WaterPipe = 1,
    GasPipe = 2,
    PowerLine = 3,
    Substation = 4,
    Hydrant = 5,
    Manhole = 6,
    Building = 7,
    RoadSegment = 8,
    BusStop = 9,
    TrafficSignal = 10,
    Sensor = 11,
}
