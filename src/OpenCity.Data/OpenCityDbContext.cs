using Microsoft.EntityFrameworkCore;
using OpenCity.Data.Configurations;
using OpenCity.Data.PostgreSql;
using OpenCity.Data.Sqlite;
using OpenCity.Domain.Auditing;
using OpenCity.Domain.Components;
using OpenCity.Domain.Datasets;
using OpenCity.Domain.Departments;
using OpenCity.Domain.Events;
using OpenCity.Domain.Governance;
using OpenCity.Domain.ServiceRequests;
using OpenCity.Domain.Statistics;
using OpenCity.Domain.Telemetry;
using OpenCity.Geospatial.Sqlite;

namespace OpenCity.Data;

/// <summary>
/// The digital twin's database, on SQLite (embedded default) or PostgreSQL/PostGIS. The model is
/// declared once, here; each provider has a subclass of its own (<see cref="PostgreSqlOpenCityDbContext"/>,
/// <see cref="SqliteOpenCityDbContext"/>) only so that each has its own migrations: EF Core ties a
/// migration to a context type, and the two databases need different DDL. Everything else asks for
/// an <c>IDbContextFactory&lt;OpenCityDbContext&gt;</c> and never knows which one it got.
/// </summary>
public abstract partial class OpenCityDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<GovernanceUnit> GovernanceUnits => Set<GovernanceUnit>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<ResponsibilityArea> ResponsibilityAreas => Set<ResponsibilityArea>();

    public DbSet<CityComponent> Components => Set<CityComponent>();

    public DbSet<ComponentLink> ComponentLinks => Set<ComponentLink>();

    public DbSet<Reading> Readings => Set<Reading>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<Observation> Observations => Set<Observation>();

    public DbSet<ServiceRequest> ServiceRequests => Set<ServiceRequest>();

    public DbSet<ServiceRequestCategory> ServiceRequestCategories => Set<ServiceRequestCategory>();

    public DbSet<ServiceRequestSubmission> ServiceRequestSubmissions => Set<ServiceRequestSubmission>();

    public DbSet<Dataset> Datasets => Set<Dataset>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<OutboxEvent> Outbox => Set<OutboxEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OpenCityDbContext).Assembly);
        ApplyVisibility(modelBuilder);

        if (Database.IsNpgsql())
        {
            modelBuilder.UseOpenCityPostGis();
        }
        else if (Database.IsSqlite())
        {
            modelBuilder.UseOpenCitySqlite();
        }

        // After the provider mappings, so that it also names the indexes they add.
        modelBuilder.UseSnakeCaseNames();

        // Last: the R*Tree spatial indexes are named after the final table and column names.
        if (Database.IsSqlite())
        {
            modelBuilder.UseSqliteSpatial();
        }
    }
}
