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

        // A component's readings over a time window; also serves as the foreign-key index.
        builder.HasIndex(r => new { r.ComponentId, r.MeasuredAt });

        // One value per component, metric and moment: a replayed reading is recognised, not stored twice.
        builder.HasIndex(r => new { r.ComponentId, r.Metric, r.MeasuredAt }).IsUnique();
        builder.HasOne(r => r.Component)
            .WithMany()
            .HasForeignKey(r => r.ComponentId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
