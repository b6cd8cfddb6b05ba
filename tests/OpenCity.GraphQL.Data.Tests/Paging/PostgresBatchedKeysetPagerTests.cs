using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Paging;

public sealed class PostgresBatchedKeysetPagerTests(PostgresLibrary library) : BatchedKeysetPagerTests(library, rowValues: false), IClassFixture<PostgresLibrary>;
