namespace OpenCity.Server.Import;

/// <summary>What an import did: everything was loaded, or nothing was and <see cref="Rejected"/> says why.</summary>
public sealed record ImportReport(int Imported, IReadOnlyList<RejectedFeature> Rejected)
{
    public bool Succeeded => Rejected.Count == 0;
}
