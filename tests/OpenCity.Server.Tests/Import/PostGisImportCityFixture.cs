using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Import;

public sealed class PostGisImportCityFixture : ImportCityFixture<PostGisCityFixture>;
