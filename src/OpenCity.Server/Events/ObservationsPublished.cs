namespace OpenCity.Server.Events;

/// <summary>New or corrected figures of one statistic for one period.</summary>
/// <param name="Indicator">The statistic's code, e.g. <c>population</c>.</param>
/// <param name="Period">The period, e.g. <c>2025-Q3</c>.</param>
/// <param name="UnitCodes">The grids whose figures were published.</param>
/// <param name="RolledUpUnitCodes">Every larger area containing one of them, whose combined figures changed with them.</param>
public sealed record ObservationsPublished(string Indicator, string Period, IReadOnlyList<string> UnitCodes, IReadOnlyList<string> RolledUpUnitCodes) : ICityEvent
{
    public static string Type => nameof(ObservationsPublished);
}
