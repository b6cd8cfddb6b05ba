using System.Globalization;

namespace OpenCity.Server.Simulation;

/// <summary>What a simulation sent so far, per kind of action: accepted and refused.</summary>
public sealed class SimulationTotals
{
    private readonly SortedDictionary<string, (long Sent, long Refused)> _counts = new(StringComparer.Ordinal);

    public long Sent(string kind) => _counts.GetValueOrDefault(kind).Sent;

    public long Refused(string kind) => _counts.GetValueOrDefault(kind).Refused;

    public void Count(string kind, bool accepted, int count = 1)
    {
        var (sent, refused) = _counts.GetValueOrDefault(kind);
        _counts[kind] = accepted ? (sent + count, refused) : (sent, refused + count);
    }

    public override string ToString() =>
        string.Join("  ", _counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value.Sent}{(c.Value.Refused > 0 ? $" ({c.Value.Refused} refused)" : "")}")));
}
