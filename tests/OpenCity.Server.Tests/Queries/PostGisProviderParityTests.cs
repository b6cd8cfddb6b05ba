using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Queries;

[Collection(CityCollection.Name)]
public sealed class PostGisProviderParityTests(SqliteCityFixture sqlite, PostGisCityFixture postgis)
    : ProviderParityTests(sqlite, postgis);
