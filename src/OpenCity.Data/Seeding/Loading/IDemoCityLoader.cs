namespace OpenCity.Data.Seeding.Loading;

/// <summary>Writes a generated city into empty tables as fast as the provider allows, keeping its preassigned ids.</summary>
public interface IDemoCityLoader
{
    /// <summary>Loads every table of <paramref name="city"/> in one transaction, reporting progress per table.</summary>
    Task LoadAsync(DemoCity city, IProgress<SeedProgress>? progress, CancellationToken cancellationToken);
}
