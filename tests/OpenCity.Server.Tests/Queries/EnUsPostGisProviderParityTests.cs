using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Queries;

[Collection(CityCollection.Name)]
public sealed class EnUsPostGisProviderParityTests(SqliteCityFixture sqlite, EnUsPostGisCityFixture postgis)
    : ProviderParityTests(sqlite, postgis), IClassFixture<EnUsPostGisCityFixture>;
