using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Sorting;

public sealed class SqliteSortTests(SqliteLibrary database) : SortTests(database), IClassFixture<SqliteLibrary>;
