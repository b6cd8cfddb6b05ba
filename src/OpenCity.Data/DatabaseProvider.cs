namespace OpenCity.Data;

/// <summary>Which database the twin lives in.</summary>
public enum DatabaseProvider
{
    /// <summary>A local SQLite file: nothing to install.</summary>
    Sqlite = 0,

    /// <summary>PostgreSQL with PostGIS.</summary>
    PostgreSql = 1,
}
