using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Import;

/// <summary>In the city collection although it has its own database: tests there count the SQL the process sends, and imports must not run meanwhile.</summary>
[Collection(CityCollection.Name)]
public sealed class SqliteGeoJsonImportTests(SqliteImportCityFixture fixture) : GeoJsonImportTests(fixture.Server), IClassFixture<SqliteImportCityFixture>;
