using OpenCity.Data.Seeding;

namespace OpenCity.Data.Tests.Seeding;

/// <summary>Generates the small demo city once for all tests of a class.</summary>
public sealed class SmallCityFixture
{
    public SmallCityFixture()
    {
        Definition = CityDefinition.LoadEmbedded();
        City = new DemoCityGenerator(Definition).Generate(CitySize.Small);
    }

    public CityDefinition Definition { get; }

    public DemoCity City { get; }
}
