using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Filtering;

public sealed class SqliteCaseFoldingFilterTests(SqliteLibrary database) : FilterTests(database, caseFolding: true), IClassFixture<SqliteLibrary>;
