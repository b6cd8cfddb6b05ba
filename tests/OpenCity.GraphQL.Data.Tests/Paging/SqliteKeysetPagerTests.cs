using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Paging;

public sealed class SqliteKeysetPagerTests(SqliteLibrary library) : KeysetPagerTests(library, rowValues: false), IClassFixture<SqliteLibrary>;
