using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Sorting;

public sealed class PostgresSortTests(PostgresLibrary database) : SortTests(database), IClassFixture<PostgresLibrary>;
