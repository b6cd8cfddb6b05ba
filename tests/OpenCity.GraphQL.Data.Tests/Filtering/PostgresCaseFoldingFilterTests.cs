using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Filtering;

public sealed class PostgresCaseFoldingFilterTests(PostgresLibrary database) : FilterTests(database, caseFolding: true), IClassFixture<PostgresLibrary>;
