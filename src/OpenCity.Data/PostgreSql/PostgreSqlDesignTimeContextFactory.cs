using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpenCity.Data.PostgreSql;

/// <summary>
/// Lets <c>dotnet ef migrations add … --context PostgreSqlOpenCityDbContext</c> build the model with
/// the server's own options; adding a migration never connects, so the database named is a placeholder.
/// </summary>
internal sealed class PostgreSqlDesignTimeContextFactory : IDesignTimeDbContextFactory<PostgreSqlOpenCityDbContext>
{
    public PostgreSqlOpenCityDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlOpenCityDbContext>();
        DataServiceCollectionExtensions.UsePostgreSql(options, DataServiceCollectionExtensions.BuildPostgreSqlDataSource("Host=localhost;Database=opencity"));
        return new PostgreSqlOpenCityDbContext(options.Options);
    }
}
