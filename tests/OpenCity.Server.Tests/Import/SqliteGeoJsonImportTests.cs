using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Import;

public sealed class SqliteGeoJsonImportTests(SqliteCityFixture fixture) : GeoJsonImportTests(fixture.Server), IClassFixture<SqliteCityFixture>;
