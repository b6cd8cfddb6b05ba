using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.Data.Migrations;

namespace OpenCity.Data.Tests.Persistence;

/// <summary>The model and the migrations agree, on each provider; nothing here touches a database.</summary>
public sealed class MigrationsTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public void The_model_has_no_change_without_a_migration(string provider)
    {
        using var host = CreateHost(provider);
        using var context = CreateContext(host);

        Assert.False(
            context.Database.HasPendingModelChanges(),
            $"The model changed without a migration: dotnet ef migrations add <Name> --project src/OpenCity.Data --context {context.GetType().Name} --output-dir Migrations/{provider}");
    }

    /// <summary>EF Core does not see these indexes change (they are annotations), so a migration that adds one is written by hand: this checks it was.</summary>
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public void Every_index_EF_Core_cannot_declare_is_made_by_a_migration(string provider)
    {
        using var host = CreateHost(provider);
        using var context = CreateContext(host);
        var migrations = context.GetService<IMigrationsAssembly>();

        var emitted = migrations.Migrations.Values
            .SelectMany(type => migrations.CreateMigration(type, context.Database.ProviderName!).UpOperations.OfType<SqlOperation>())
            .Select(operation => operation.Sql)
            .ToHashSet(StringComparer.Ordinal);
        var expected = CustomSchema.Statements(context.Model, context.Database.IsNpgsql());

        var missing = expected.Where(statement => !emitted.Contains(statement)).ToList();
        Assert.NotEmpty(expected);
        Assert.True(missing.Count == 0, $"No migration makes:\n{string.Join('\n', missing)}\nAdd one calling migrationBuilder.CreateCustomSchema(TargetModel!).");
    }

    [Theory]
    [InlineData("Sqlite", "SqliteOpenCityDbContext")]
    [InlineData("PostgreSql", "PostgreSqlOpenCityDbContext")]
    public void Each_provider_has_its_own_migrations(string provider, string context)
    {
        using var host = CreateHost(provider);
        using var created = CreateContext(host);

        Assert.Equal(context, created.GetType().Name);
        Assert.NotEmpty(created.Database.GetMigrations());
        Assert.All(
            created.GetService<IMigrationsAssembly>().Migrations.Values,
            type => Assert.EndsWith($".Migrations.{provider}", type.Namespace, StringComparison.Ordinal));
    }

    private static Microsoft.Extensions.Hosting.IHost CreateHost(string provider) => TestHost.Create(new Dictionary<string, string?>
    {
        ["OpenCity:Database:Provider"] = provider,

        // Never opened: the model and the migrations are all in the assembly.
        ["ConnectionStrings:OpenCity"] = provider == "Sqlite" ? "Data Source=:memory:" : "Host=127.0.0.1;Database=never_opened",
    });

    private static OpenCityDbContext CreateContext(Microsoft.Extensions.Hosting.IHost host) =>
        host.Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContext();
}
