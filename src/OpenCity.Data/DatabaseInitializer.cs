using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenCity.Data.Migrations;
using OpenCity.Data.PostgreSql;
using OpenCity.Data.Seeding;
using OpenCity.Data.Seeding.Loading;
using OpenCity.Data.Sqlite;
using OpenCity.Domain.Governance;
using OpenCity.Domain.ServiceRequests;
using OpenCity.Geospatial.Sqlite;

namespace OpenCity.Data;

/// <summary>
/// Makes the database ready: applies the migrations it lacks (the only DDL there is) and, when asked,
/// loads a generated demo city. On PostgreSQL all of it runs under one advisory lock
/// (<see cref="PostgreSqlMigrationLock"/>), so that instances starting together migrate and seed once.
/// </summary>
public sealed partial class DatabaseInitializer(
    IDbContextFactory<OpenCityDbContext> contextFactory,
    IDemoCityLoader loader,
    DemoCityGenerator generator,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseInitializer> logger)
{
    /// <summary>What start-up does: migrates when <c>MigrateOnStartup</c>, then seeds an empty database when <c>SeedOnStartup</c> resolves to true.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var seed = settings.ShouldSeedOnStartup();
        if (!settings.MigrateOnStartup && !seed)
        {
            return;
        }

        await using var held = await LockAsync(cancellationToken);
        if (settings.MigrateOnStartup)
        {
            await MigrateUnderLockAsync(cancellationToken);
        }

        if (seed && !await IsSeededAsync(cancellationToken))
        {
            await GenerateAndLoadAsync(settings.SeedSize, progress: null, cancellationToken);
        }
    }

    /// <summary>Applies the migrations the database lacks (the <c>migrate</c> command) and returns their ids.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var held = await LockAsync(cancellationToken);
        return await MigrateUnderLockAsync(cancellationToken);
    }

    /// <summary>Drops the twin's tables, migrates an empty schema and loads a city of the given size (the <c>seed</c> command).</summary>
    public async Task SeedAsync(CitySize size, IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
    {
        await using var held = await LockAsync(cancellationToken);
        await RecreateTablesUnderLockAsync(cancellationToken);
        await GenerateAndLoadAsync(size, progress, cancellationToken);
    }

    /// <summary>Drops the twin's tables and migrates them back empty, ready for a loader.</summary>
    public async Task RecreateTablesAsync(CancellationToken cancellationToken)
    {
        await using var held = await LockAsync(cancellationToken);
        await RecreateTablesUnderLockAsync(cancellationToken);
    }

    private async Task<bool> IsSeededAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.GovernanceUnits.AnyAsync(cancellationToken);
    }

    /// <summary>Creates the database if needed and takes the lock; what must happen outside any transaction happens here.</summary>
    private async Task<IAsyncDisposable> LockAsync(CancellationToken cancellationToken)
    {
        await using (var context = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (context.Database.IsSqlite())
            {
                // One process owns a SQLite file; EF Core's own migration lock covers the rest.
                await context.Database.UseWriteAheadLogAsync(cancellationToken);
                return NoLock.Instance;
            }

            await CreateDatabaseAsync(context, cancellationToken);
        }

        return await PostgreSqlMigrationLock.AcquireAsync(contextFactory, LogWaitingForLock, cancellationToken);
    }

    /// <summary>Creates a missing PostgreSQL database; when instances race to, one wins and the others carry on.</summary>
    private static async Task CreateDatabaseAsync(OpenCityDbContext context, CancellationToken cancellationToken)
    {
        var creator = context.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
        }
    }

    private async Task<IReadOnlyList<string>> MigrateUnderLockAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var database = context.Database;
        var postgreSql = database.IsNpgsql();
        if (postgreSql)
        {
            // Schema changes on a large table take as long as they take; cancellation still stops them.
            database.SetCommandTimeout(0);
        }

        var baselined = await BaselineAsync(context, cancellationToken);
        var pending = (await database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            LogMigrating(pending.Count, string.Join(", ", pending));
            await database.MigrateAsync(cancellationToken);
        }

        if (postgreSql)
        {
            // This instance's data source may have read the database's types before another instance
            // (or the migration just run) created PostGIS's: it would not know geometry.
            await database.OpenConnectionAsync(cancellationToken);
            try
            {
                await ((NpgsqlConnection)database.GetDbConnection()).ReloadTypesAsync(cancellationToken);
            }
            finally
            {
                await database.CloseConnectionAsync();
            }

            // The planner knows nothing of a new expression index's values (geometry::geography)
            // until then, and misjudges every query that could use it.
            if (baselined || pending.Count > 0)
            {
                await database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
            }
        }

        if (pending.Count > 0)
        {
            await RoundReportedLocationsAsync(context, cancellationToken);
        }

        return pending;
    }

    /// <summary>
    /// Fills the public, rounded location of reports made before it existed: the rounding is the
    /// application's (<see cref="ReportedLocation"/>), which SQLite's SQL cannot express.
    /// </summary>
    private static async Task RoundReportedLocationsAsync(OpenCityDbContext context, CancellationToken cancellationToken)
    {
        while (true)
        {
            var batch = await context.ServiceRequests.AsTracking().Where(r => r.PublicLocation == null).OrderBy(r => r.Id).Take(1000).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }

            foreach (var request in batch)
            {
                request.PublicLocation = ReportedLocation.Round(request.Location);
            }

            await context.SaveChangesAsync(cancellationToken);
            context.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// A database made before migrations existed has the twin's tables but no migrations history.
    /// Its schema is the first migration's (the baseline was written to equal it, and a test keeps it
    /// so), so that migration is recorded as applied rather than run, and its idempotent statements
    /// are run to add any index an older version of the code had not yet made. Later migrations then
    /// apply as on any database.
    /// </summary>
    private async Task<bool> BaselineAsync(OpenCityDbContext context, CancellationToken cancellationToken)
    {
        var database = context.Database;
        var twin = context.Model.FindEntityType(typeof(GovernanceUnit))!.GetTableName()!;

        // Asked of the catalog: Npgsql's IHistoryRepository.ExistsAsync answers true before the table exists.
        Task<bool> ExistsAsync(string table) => database.IsNpgsql()
            ? database.PostgreSqlTableExistsAsync(table, cancellationToken)
            : database.SqliteTableExistsAsync(table, cancellationToken);
        if (await ExistsAsync(HistoryRepository.DefaultTableName) || !await ExistsAsync(twin))
        {
            return false;
        }

        var history = context.GetService<IHistoryRepository>();
        var migrations = context.GetService<IMigrationsAssembly>();
        var (id, type) = migrations.Migrations.First();
        var baseline = migrations.CreateMigration(type, database.ProviderName!);
        LogBaselining(id);
        var statements = new List<string>
        {
            history.GetCreateIfNotExistsScript(),
            history.GetInsertScript(new HistoryRow(id, ProductInfo.GetVersion())),
        };

        // The extensions first (idempotent, as EF Core generates them): an older database may lack pg_trgm.
        var extensions = baseline.UpOperations.OfType<AlterDatabaseOperation>().ToList();
        statements.AddRange(context.GetService<IMigrationsSqlGenerator>().Generate(extensions, baseline.TargetModel).Select(command => command.CommandText));
        statements.AddRange(CustomSchema.Statements(baseline.TargetModel!, database.IsNpgsql()));
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        foreach (var statement in statements)
        {
            // Generated by EF Core and from the model's names, not from input.
#pragma warning disable EF1002
            await database.ExecuteSqlRawAsync(statement, cancellationToken);
#pragma warning restore EF1002
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task RecreateTablesUnderLockAsync(CancellationToken cancellationToken)
    {
        await using (var context = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            await DropTablesAsync(context, cancellationToken);
        }

        await MigrateUnderLockAsync(cancellationToken);
    }

    /// <summary>Drops the twin's tables, children first, and the migrations history, leaving anything else in the database alone.</summary>
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

            var tables = DemoCityTables.TableNames(context.Model).Reverse()
                .Concat(SqliteSpatialIndexes.TableNames(context.Model))
                .Append(HistoryRepository.DefaultTableName);
            foreach (var table in tables)
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

    private void LogWaitingForLock() => LogWaiting();

    [LoggerMessage(Level = LogLevel.Information, Message = "Another instance is migrating or seeding the database; waiting for it")]
    private partial void LogWaiting();

    [LoggerMessage(Level = LogLevel.Information, Message = "Recording migration {Migration} as applied: the database was made before migrations")]
    private partial void LogBaselining(string migration);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s): {Migrations}")]
    private partial void LogMigrating(int count, string migrations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Generated a {Size} demo city with {Components} components in {Elapsed}")]
    private partial void LogGenerated(CitySize size, int components, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the {Size} demo city in {Elapsed}")]
    private partial void LogLoaded(CitySize size, TimeSpan elapsed);

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
