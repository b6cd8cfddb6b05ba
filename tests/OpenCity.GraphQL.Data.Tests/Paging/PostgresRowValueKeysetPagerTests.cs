using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Paging;

public sealed class PostgresRowValueKeysetPagerTests(PostgresLibrary library) : KeysetPagerTests(library, rowValues: true), IClassFixture<PostgresLibrary>;
