using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Filtering;

public sealed class PostgresFilterTests(PostgresLibrary database) : FilterTests(database), IClassFixture<PostgresLibrary>;
