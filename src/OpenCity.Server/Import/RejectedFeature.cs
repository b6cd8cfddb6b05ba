namespace OpenCity.Server.Import;

/// <summary>
/// A feature an import refused: its position in the collection (from 0; null when the file itself
/// is unusable), its code if it had one, and why.
/// </summary>
public sealed record RejectedFeature(int? Index, string? Code, string Reason)
{
    public override string ToString() =>
        Index is { } index ? $"feature {index}{(Code is null ? "" : $" ({Code})")}: {Reason}" : $"file: {Reason}";
}
