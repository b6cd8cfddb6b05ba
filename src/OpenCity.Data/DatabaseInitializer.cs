using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenCity.Data.Configurations;
using OpenCity.Data.PostgreSql;
using OpenCity.Data.Seeding;
using OpenCity.Data.Seeding.Loading;
using OpenCity.Data.Sqlite;
using OpenCity.Domain.Governance;
using OpenCity.Geospatial.PostGis;
using OpenCity.Geospatial.Sqlite;

namespace OpenCity.Data;

/// <summary>Creates the schema and fills the database with a generated demo city.</summary>
public sealed partial class DatabaseInitializer(
    IDbContextFactory<OpenCityDbContext> contextFactory,
    IDemoCityLoader loader,
    DemoCityGenerator generator,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseInitializer> logger)
{
    /// <summary>Creates whatever part of the schema is missing and, if configured, seeds an empty database.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await EnsureSchemaAsync(context, cancellationToken);
        if (!options.Value.SeedOnStartup || await context.GovernanceUnits.AnyAsync(cancellationToken))
        {
            return;
        }

        await GenerateAndLoadAsync(options.Value.SeedSize, progress: null, cancellationToken);
    }

    /// <summary>Recreates the tables (picking up any change of the mapping) and loads a city of the given size.</summary>
    public async Task SeedAsync(CitySize size, IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
    {
        await RecreateTablesAsync(cancellationToken);
        await GenerateAndLoadAsync(size, progress, cancellationToken);
    }

    /// <summary>Drops the twin's tables and creates them empty from the current mapping, ready for a loader.</summary>
    public async Task RecreateTablesAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await PrepareDatabaseAsync(context, cancellationToken);
        await DropTablesAsync(context, cancellationToken);
        await context.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(cancellationToken);
        await CreateIndexesAsync(context, cancellationToken);
    }

    /// <summary>Drops the twin's tables, children first, leaving anything else in the database alone.</summary>
    private static async Task DropTablesAsync(OpenCityDbContext context, CancellationToken cancellationToken)
    {
        var database = context.Database;
        var sqlite = database.IsSqlite();
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            // SQLite empties a table row by row before dropping it, so the units' reference to their
            // parent would fail; the pragma is per connection and this one is ours until it closes.
            if (sqlite)
            {
                await database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF", cancellationToken);
            }

            foreach (var table in DemoCityTables.TableNames(context.Model).Reverse().Concat(SqliteSpatialIndexes.TableNames(context.Model)))
            {
                // Identifiers cannot be parameters; the names come from the model, not from input.
#pragma warning disable EF1002
                await database.ExecuteSqlRawAsync($"DROP TABLE IF EXISTS \"{table}\"", cancellationToken);
#pragma warning restore EF1002
            }
        }
        finally
        {
            if (sqlite)
            {
                await database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON", CancellationToken.None);
            }

            await database.CloseConnectionAsync();
        }
    }

    private async Task GenerateAndLoadAsync(CitySize size, IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        var city = generator.Generate(size);
        LogGenerated(size, city.Components.Count, TimeProvider.System.GetElapsedTime(started));

        started = TimeProvider.System.GetTimestamp();
        await loader.LoadAsync(city, progress, cancellationToken);
        LogLoaded(size, TimeProvider.System.GetElapsedTime(started));
    }

    private static async Task EnsureSchemaAsync(OpenCityDbContext context, CancellationToken cancellationToken)
    {
        await PrepareDatabaseAsync(context, cancellationToken);
        var table = context.Model.FindEntityType(typeof(GovernanceUnit))!.GetTableName()!;
        var exists = context.Database.IsNpgsql()
            ? await context.Database.PostgreSqlTableExistsAsync(table, cancellationToken)
            : await context.Database.SqliteTableExistsAsync(table, cancellationToken);
        if (!exists)
        {
            await context.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(cancellationToken);
        }

        await CreateIndexesAsync(context, cancellationToken);
    }

    /// <summary>
    /// Adds the keyset, spatial and (on PostgreSQL) case-folded text indexes the model declares and the database lacks (a database
    /// made before them included): EF Core cannot declare them. On PostgreSQL a new index is
    /// followed by ANALYZE: the planner knows nothing of an expression index's values
    /// (<c>geometry::geography</c>) until then, and misjudges every query that could use it.
    /// </summary>
    private static async Task CreateIndexesAsync(OpenCityDbContext context, CancellationToken cancellationToken)
    {
        var model = context.Model;
        var postgreSql = context.Database.IsNpgsql();
        List<string> statements;
        if (postgreSql)
        {
            var existing = (await context.Database.PostgreSqlIndexNamesAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            statements = [.. model.KeysetIndexes().Concat(PostGisGeographyIndexes.Indexes(model)).Concat(PostgreSqlCaseInsensitiveIndexes.Indexes(model))
                .Where(index => !existing.Contains(index.Name)).Select(index => index.Create)];
        }
        else
        {
            // Idempotent: they also fill an R*Tree with the rows it lacks.
            statements = [.. model.KeysetIndexes().Select(index => index.Create).Concat(SqliteSpatialIndexes.CreateStatements(model))];
        }

        foreach (var statement in statements)
        {
            // Built from the model's names, not from input.
#pragma warning disable EF1002
            await context.Database.ExecuteSqlRawAsync(statement, cancellationToken);
#pragma warning restore EF1002
        }

        if (postgreSql && statements.Count > 0)
        {
            await context.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
        }
    }

    /// <summary>Creates the database if needed and applies what must precede the tables.</summary>
    private static async Task PrepareDatabaseAsync(OpenCityDbContext context, CancellationToken cancellationToken)
    {
        var creator = context.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            await creator.CreateAsync(cancellationToken);
        }

        if (context.Database.IsNpgsql())
        {
            await context.Database.EnsurePostGisAsync(cancellationToken);
            if (PostgreSqlCaseInsensitiveIndexes.NeedTrigrams(context.Model))
            {
                await context.Database.ExecuteSqlRawAsync("CREATE EXTENSION IF NOT EXISTS pg_trgm", cancellationToken);
            }
        }
        else if (context.Database.IsSqlite())
        {
            await context.Database.UseWriteAheadLogAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Generated a {Size} demo city with {Components} components in {Elapsed}")]
    private partial void LogGenerated(CitySize size, int components, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the {Size} demo city in {Elapsed}")]
    private partial void LogLoaded(CitySize size, TimeSpan elapsed);
}
