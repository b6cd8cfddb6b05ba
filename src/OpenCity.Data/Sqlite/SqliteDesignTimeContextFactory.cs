using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpenCity.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteOpenCityDbContext</c> build the model with the server's own options.</summary>
internal sealed class SqliteDesignTimeContextFactory : IDesignTimeDbContextFactory<SqliteOpenCityDbContext>
{
    public SqliteOpenCityDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteOpenCityDbContext>();
        DataServiceCollectionExtensions.UseSqlite(options, DataServiceCollectionExtensions.SqliteConnectionString(null));
        return new SqliteOpenCityDbContext(options.Options);
    }
}
