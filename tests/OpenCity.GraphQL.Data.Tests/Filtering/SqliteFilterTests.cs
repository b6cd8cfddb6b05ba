using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Filtering;

public sealed class SqliteFilterTests(SqliteLibrary database) : FilterTests(database), IClassFixture<SqliteLibrary>;
