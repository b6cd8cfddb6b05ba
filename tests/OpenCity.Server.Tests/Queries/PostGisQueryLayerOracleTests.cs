using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Queries;

[Collection(CityCollection.Name)]
public sealed class PostGisQueryLayerOracleTests(SqliteCityFixture sqlite, PostGisCityFixture postgis)
    : QueryLayerOracleTests(sqlite, postgis);
