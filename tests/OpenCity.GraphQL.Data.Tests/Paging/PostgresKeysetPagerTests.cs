using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Paging;

public sealed class PostgresKeysetPagerTests(PostgresLibrary library) : KeysetPagerTests(library), IClassFixture<PostgresLibrary>;
