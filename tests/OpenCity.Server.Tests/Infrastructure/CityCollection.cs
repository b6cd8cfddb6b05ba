namespace OpenCity.Server.Tests.Infrastructure;

/// <summary>
/// One SQLite server and one PostGIS server for all the test classes that read the city,
/// seeded once: the tests only read, so they can share them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class CityCollection
    : ICollectionFixture<SqlCommandLog>, ICollectionFixture<SqliteCityFixture>, ICollectionFixture<PostGisCityFixture>
{
    public const string Name = "City";
}
