using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenCity.Data.PostgreSql;
using OpenCity.Data.Seeding;
using OpenCity.Data.Seeding.Loading;
using OpenCity.Data.Sqlite;
using OpenCity.Geospatial;

namespace OpenCity.Data;

/// <summary>
/// Registers the twin's database: a pooled context factory (GraphQL resolvers run in parallel, so
/// each takes its own short-lived context; queries read without tracking unless they ask for it),
/// the initializer and the demo-city loader.
/// </summary>
public static class DataServiceCollectionExtensions
{
    /// <param name="builder">The application being built.</param>
    /// <param name="configureContext">
    /// Further context options, applied after the provider's: how the layers above extend EF Core
    /// (query translations) without this project knowing them.
    /// </param>
    public static IHostApplicationBuilder AddOpenCityData(this IHostApplicationBuilder builder, Action<DbContextOptionsBuilder>? configureContext = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName);

        // The provider decides which services exist, so it is read now rather than through IOptions.
        var options = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        switch (options.Provider)
        {
            case DatabaseProvider.PostgreSql:
                AddPostgreSql(services, connectionString, configureContext);
                break;
            case DatabaseProvider.Sqlite:
                AddSqlite(services, connectionString, configureContext);
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{options.Provider}'.");
        }

        services.AddSingleton<VisibilityScope>();
        services.AddSingleton(_ => new DemoCityGenerator(CityDefinition.LoadEmbedded()));
        services.AddSingleton<DatabaseInitializer>();
        return builder;
    }

    private static void AddPostgreSql(IServiceCollection services, string? connectionString, Action<DbContextOptionsBuilder>? configureContext)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"OpenCity:Database:Provider is PostgreSql but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set.");
        }

        services.AddSingleton(_ => BuildPostgreSqlDataSource(connectionString));
        services.AddPooledDbContextFactory<PostgreSqlOpenCityDbContext>((sp, options) =>
        {
            UsePostgreSql(options, sp.GetRequiredService<NpgsqlDataSource>());
            configureContext?.Invoke(options);
        });
        services.AddSingleton<IDbContextFactory<OpenCityDbContext>, ProviderContextFactory<PostgreSqlOpenCityDbContext>>();
        services.AddSingleton<IDemoCityLoader, PostgreSqlDemoCityLoader>();
    }

    private static void AddSqlite(IServiceCollection services, string? connectionString, Action<DbContextOptionsBuilder>? configureContext)
    {
        var sqlite = SqliteConnectionString(connectionString);
        services.AddPooledDbContextFactory<SqliteOpenCityDbContext>(options =>
        {
            UseSqlite(options, sqlite);
            configureContext?.Invoke(options);
        });
        services.AddSingleton<IDbContextFactory<OpenCityDbContext>, ProviderContextFactory<SqliteOpenCityDbContext>>();
        services.AddSingleton<IDemoCityLoader, SqliteDemoCityLoader>();
    }

    /// <summary>The provider's options, shared with the design-time factory so that migrations are made from the model the server runs.</summary>
    internal static DbContextOptionsBuilder UsePostgreSql(DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        options.UseNpgsql(dataSource, npgsql => npgsql.UseNetTopologySuite())
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .ConfigureWarnings(OneProviderPerHost)
            .UsePostGisGeodesic();

    internal static NpgsqlDataSource BuildPostgreSqlDataSource(string connectionString)
    {
        var dataSource = new NpgsqlDataSourceBuilder(connectionString).UseNetTopologySuite();

        // PostGIS declares its geography functions very costly, so spatial queries cross the
        // JIT threshold and spend tens of milliseconds compiling what runs in a few: an API
        // answering short queries is better off without JIT, unless the connection string says otherwise.
        if (string.IsNullOrEmpty(dataSource.ConnectionStringBuilder.Options))
        {
            dataSource.ConnectionStringBuilder.Options = "-c jit=off";
        }

        return dataSource.Build();
    }

    /// <inheritdoc cref="UsePostgreSql"/>
    internal static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .ConfigureWarnings(OneProviderPerHost)
            .AddInterceptors(new SqlitePragmaInterceptor())
            .UseSqliteSpatial();

    /// <summary>
    /// Each host builds EF Core's internal services once (its interceptors are its own), so only a
    /// process hosting many servers — the test suite — passes EF Core's count of twenty, which by
    /// default stops the twenty-first: it is logged instead.
    /// </summary>
    private static void OneProviderPerHost(WarningsConfigurationBuilder warnings) =>
        warnings.Log(CoreEventId.ManyServiceProvidersCreatedWarning);

    internal static string SqliteConnectionString(string? connectionString) =>
        new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? DatabaseOptions.DefaultSqliteConnectionString : connectionString)
        {
            ForeignKeys = true,
        }.ConnectionString;
}
