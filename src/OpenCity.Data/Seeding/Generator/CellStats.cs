namespace OpenCity.Data.Seeding;

/// <summary>What the statistics of a grid are modelled from: its building stock, green space and roads.</summary>
internal sealed record CellStats(long GridId, int Households, double NonResidentialFloorArea, double GreenSharePercent, bool Arterial);
