using OpenCity.Data.Tests.Persistence;

namespace OpenCity.Data.Tests.Spatial;

/// <summary>The small city in a fresh PostgreSQL/PostGIS database.</summary>
public sealed class PostgreSqlSmallCityFixture : SmallCityDatabaseFixture
{
    private readonly string _database = PostgreSqlTestServer.NewDatabaseName();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await PostgreSqlTestServer.DropDatabaseAsync(_database);
    }

    protected override async Task<Dictionary<string, string?>> ConfigureAsync() => new()
    {
        ["OpenCity:Database:Provider"] = "PostgreSql",
        ["OpenCity:Database:SeedOnStartup"] = "false",
        ["ConnectionStrings:OpenCity"] = await PostgreSqlTestServer.CreateDatabaseAsync(_database),
    };
}
