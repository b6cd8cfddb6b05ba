namespace OpenCity.Server.Tests.Infrastructure;

/// <summary>
/// One SQLite server and one PostGIS server for all the test classes that read the city, seeded
/// once: those tests only read, so they can share them. Tests that write use the writable pair,
/// seeded once too, and change only what they create or what no other write test reads.
/// </summary>
[CollectionDefinition(Name)]
public sealed class CityCollection
    : ICollectionFixture<SqlCommandLog>, ICollectionFixture<SqliteCityFixture>, ICollectionFixture<PostGisCityFixture>,
        ICollectionFixture<WritableSqliteCityFixture>, ICollectionFixture<WritablePostGisCityFixture>
{
    public const string Name = "City";
}
