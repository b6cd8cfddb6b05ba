namespace OpenCity.Data.Seeding;

/// <summary>A grid unit and the lattice cell it covers.</summary>
internal sealed record GridCell(long UnitId, int Column, int Row, string CommunityName);
