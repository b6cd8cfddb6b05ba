namespace OpenCity.GraphQL.Data.Tests.Filtering.Folding;

public sealed class PostgresCaseFoldingTests(PostgresLabels database) : CaseFoldingTests(database, "translate"), IClassFixture<PostgresLabels>;
