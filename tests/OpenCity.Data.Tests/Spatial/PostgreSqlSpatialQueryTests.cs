namespace OpenCity.Data.Tests.Spatial;

public sealed class PostgreSqlSpatialQueryTests(PostgreSqlSmallCityFixture fixture) : SpatialQueryTests(fixture), IClassFixture<PostgreSqlSmallCityFixture>;
