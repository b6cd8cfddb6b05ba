namespace OpenCity.Data.Seeding;

/// <summary>How big a demo city to generate.</summary>
public enum CitySize
{
    /// <summary>A few thousand components: the default for <c>dotnet run</c> and for tests.</summary>
    Small = 0,

    /// <summary>About 100,000 components.</summary>
    Medium = 1,

    /// <summary>About 1,000,000 components.</summary>
    Large = 2,
}
