using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Paging;

public sealed class SqliteBatchedRowValueKeysetPagerTests(SqliteLibrary library) : BatchedKeysetPagerTests(library, rowValues: true), IClassFixture<SqliteLibrary>;
