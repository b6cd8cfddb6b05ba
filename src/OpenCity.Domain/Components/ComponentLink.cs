namespace OpenCity.Domain.Components;

/// <summary>A directed edge of the twin's topology: <c>From</c> connects to, feeds, is part of or monitors <c>To</c>.</summary>
public sealed class ComponentLink
{
    public long Id { get; set; }

    public long FromComponentId { get; set; }

    public CityComponent FromComponent { get; set; } = null!;

    public long ToComponentId { get; set; }

    public CityComponent ToComponent { get; set; } = null!;

    public LinkKind Kind { get; set; }
}
