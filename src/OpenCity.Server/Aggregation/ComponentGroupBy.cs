namespace OpenCity.Server.Aggregation;

/// <summary>What the public components can be counted by in <c>componentAggregate</c>.</summary>
public enum ComponentGroupBy
{
    Kind = 0,
    Status = 1,
    Domain = 2,
    Unit = 3,
    Owner = 4,
}
