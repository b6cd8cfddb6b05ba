using OpenCity.Domain.Governance;

namespace OpenCity.Domain.Statistics;

/// <summary>The value of an indicator for one governance unit in one period.</summary>
public sealed class Observation
{
    public long Id { get; set; }

    public long IndicatorId { get; set; }

    public Indicator Indicator { get; set; } = null!;

    public long UnitId { get; set; }

    public GovernanceUnit Unit { get; set; } = null!;

    /// <summary>The period: a year <c>2025</c>, a quarter <c>2025-Q3</c> or a month <c>2025-09</c>.</summary>
    public required string Period { get; set; }

    public double Value { get; set; }
}
