namespace OpenCity.GraphQL.Data.Tests.Filtering.Folding;

public sealed class SqliteCaseFoldingTests(SqliteLabels database) : CaseFoldingTests(database, "opencity_fold"), IClassFixture<SqliteLabels>;
