using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Paging;

public sealed class PostgresKeysetPagerTests(PostgresLibrary library) : KeysetPagerTests(library, rowValues: false), IClassFixture<PostgresLibrary>;
