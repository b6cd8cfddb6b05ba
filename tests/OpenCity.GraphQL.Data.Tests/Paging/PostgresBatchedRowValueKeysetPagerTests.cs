using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Paging;

public sealed class PostgresBatchedRowValueKeysetPagerTests(PostgresLibrary library) : BatchedKeysetPagerTests(library, rowValues: true), IClassFixture<PostgresLibrary>;
