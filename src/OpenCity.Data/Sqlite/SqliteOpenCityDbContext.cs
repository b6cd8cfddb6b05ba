using Microsoft.EntityFrameworkCore;

namespace OpenCity.Data.Sqlite;

/// <summary>The twin's context on SQLite; its migrations are in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteOpenCityDbContext(DbContextOptions<SqliteOpenCityDbContext> options) : OpenCityDbContext(options);
