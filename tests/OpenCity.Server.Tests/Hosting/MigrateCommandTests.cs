using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.Data;
using OpenCity.Server.Hosting;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Hosting;

// In the city collection: it runs statements, which would show in other tests' captures if run beside them.
[Collection(CityCollection.Name)]
public sealed class MigrateCommandTests
{
    [Fact]
    public async Task Migrate_applies_every_migration_and_seeds_nothing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"opencity-test-{Guid.NewGuid():N}.db");
        try
        {
            Assert.True(CommandLine.TryGetCommand(["migrate"], out var command));
            var builder = WebApplication.CreateBuilder();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["OpenCity:Database:Provider"] = "Sqlite",
                ["OpenCity:Database:MigrateOnStartup"] = "false",
                ["ConnectionStrings:OpenCity"] = $"Data Source={path}",
            });
            builder.AddOpenCity();
            await using var app = builder.Build();

            Assert.Equal(0, await command.RunAsync(app, CancellationToken.None));

            await using var context = await app.Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContextAsync();
            Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
            Assert.False(await context.GovernanceUnits.AnyAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }
        }
    }
}
