using Microsoft.EntityFrameworkCore;

namespace OpenCity.Data.PostgreSql;

/// <summary>The twin's context on PostgreSQL/PostGIS; its migrations are in <c>Migrations/PostgreSql</c>.</summary>
public sealed class PostgreSqlOpenCityDbContext(DbContextOptions<PostgreSqlOpenCityDbContext> options) : OpenCityDbContext(options);
