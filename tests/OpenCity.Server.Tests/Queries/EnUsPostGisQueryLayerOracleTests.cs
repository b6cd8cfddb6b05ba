using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Queries;

[Collection(CityCollection.Name)]
public sealed class EnUsPostGisQueryLayerOracleTests(SqliteCityFixture sqlite, EnUsPostGisCityFixture postgis)
    : QueryLayerOracleTests(sqlite, postgis), IClassFixture<EnUsPostGisCityFixture>;
