using OpenCity.Data.Seeding;

namespace OpenCity.Data;

/// <summary>Database settings, bound from <c>OpenCity:Database</c>; the connection string is <c>ConnectionStrings:OpenCity</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "OpenCity:Database";

    public const string ConnectionStringName = "OpenCity";

    /// <summary>The connection string used for SQLite when <c>ConnectionStrings:OpenCity</c> is not set.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=opencity.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The size of the demo city generated when the database is empty.</summary>
    public CitySize SeedSize { get; set; } = CitySize.Small;

    /// <summary>Whether start-up applies the migrations the database lacks (otherwise: the <c>migrate</c> command).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// Whether start-up generates and loads a demo city into an empty database. Unset: yes on SQLite
    /// (the embedded demo shows a city on first run), no on PostgreSQL (a production database gets no fictional city).
    /// </summary>
    public bool? SeedOnStartup { get; set; }

    /// <summary><see cref="SeedOnStartup"/>, or the provider's default when it is unset.</summary>
    public bool ShouldSeedOnStartup() => SeedOnStartup ?? Provider == DatabaseProvider.Sqlite;
}
