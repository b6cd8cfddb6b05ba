namespace OpenCity.Data.Tests.Spatial;

public sealed class SqliteSpatialQueryTests(SqliteSmallCityFixture fixture) : SpatialQueryTests(fixture), IClassFixture<SqliteSmallCityFixture>;
