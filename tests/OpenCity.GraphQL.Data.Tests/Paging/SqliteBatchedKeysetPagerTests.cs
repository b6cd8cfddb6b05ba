using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Paging;

public sealed class SqliteBatchedKeysetPagerTests(SqliteLibrary library) : BatchedKeysetPagerTests(library, rowValues: false), IClassFixture<SqliteLibrary>;
