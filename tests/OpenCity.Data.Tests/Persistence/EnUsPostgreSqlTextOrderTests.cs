using Microsoft.EntityFrameworkCore;

namespace OpenCity.Data.Tests.Persistence;

/// <summary>On a PostgreSQL database created with <c>en_US.UTF-8</c>, whose own order is not by code point.</summary>
public sealed class EnUsPostgreSqlTextOrderTests : TextOrderTests
{
    private readonly string _databaseName = PostgreSqlTestServer.NewDatabaseName();

    private string _connectionString = "";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["OpenCity:Database:Provider"] = "PostgreSql",
        ["OpenCity:Database:SeedOnStartup"] = "false",
        ["ConnectionStrings:OpenCity"] = _connectionString,
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await PostgreSqlTestServer.DropDatabaseAsync(_databaseName);
    }

    [Fact]
    public async Task The_database_s_own_order_is_not_by_code_point()
    {
        // Without this the tests above would prove nothing: the locale must really differ.
        await using var context = CreateContext();

        var byLocale = await context.Database
            .SqlQueryRaw<string>("SELECT name::text COLLATE \"default\" AS \"Value\" FROM departments ORDER BY 1")
            .ToListAsync();

        Assert.Equal("en_US.UTF-8", await context.Database.SqlQueryRaw<string>("SELECT datcollate::text AS \"Value\" FROM pg_database WHERE datname = current_database()").SingleAsync());
        Assert.NotEqual(Names.Order(StringComparer.Ordinal), byLocale);
    }

    protected override async Task CreateDatabaseAsync() =>
        _connectionString = await PostgreSqlTestServer.CreateDatabaseAsync(_databaseName, "en_US.UTF-8");
}
