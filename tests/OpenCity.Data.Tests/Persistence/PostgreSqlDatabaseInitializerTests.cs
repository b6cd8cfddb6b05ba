namespace OpenCity.Data.Tests.Persistence;

public sealed class PostgreSqlDatabaseInitializerTests : DatabaseInitializerTests
{
    private readonly string _databaseName = PostgreSqlTestServer.NewDatabaseName();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await PostgreSqlTestServer.DropDatabaseAsync(_databaseName);
    }

    protected override async Task<IReadOnlyDictionary<string, string?>> CreateDatabaseAsync() =>
        new Dictionary<string, string?>
        {
            ["OpenCity:Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:OpenCity"] = await PostgreSqlTestServer.CreateDatabaseAsync(_databaseName),

            // PostgreSQL seeds nothing unless asked.
            ["OpenCity:Database:SeedOnStartup"] = "true",
        };
}
