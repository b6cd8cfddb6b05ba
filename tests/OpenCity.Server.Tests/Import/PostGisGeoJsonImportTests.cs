using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Import;

public sealed class PostGisGeoJsonImportTests(PostGisCityFixture fixture) : GeoJsonImportTests(fixture.Server), IClassFixture<PostGisCityFixture>;
