using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Paging;

public sealed class SqliteRowValueKeysetPagerTests(SqliteLibrary library) : KeysetPagerTests(library, rowValues: true), IClassFixture<SqliteLibrary>;
