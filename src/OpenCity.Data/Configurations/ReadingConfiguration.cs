using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCity.Domain.Telemetry;

namespace OpenCity.Data.Configurations;

internal sealed class ReadingConfiguration : IEntityTypeConfiguration<Reading>
{
    public void Configure(EntityTypeBuilder<Reading> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Metric).HasMaxLength(64);
        builder.Property(r => r.UnitOfMeasure).HasMaxLength(32);

        // One value per component, moment and metric: a replayed reading is recognised, not stored
        // twice. Time before metric, so the same index serves a component's readings over a time
        // window and the foreign key: one index fewer to maintain per ingested reading.
        builder.HasIndex(r => new { r.ComponentId, r.MeasuredAt, r.Metric }).IsUnique();
        // PostgreSQL's database has no constraint behind this relationship (migration
        // ReadingsWithoutForeignKey: its check was ~40 % of an ingested reading's cost); writers
        // check the component themselves and components are never deleted.
        builder.HasOne(r => r.Component)
            .WithMany()
            .HasForeignKey(r => r.ComponentId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
