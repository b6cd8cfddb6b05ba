using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCity.Domain.Statistics;

namespace OpenCity.Data.Configurations;

internal sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Period).HasMaxLength(16);

        // One value per indicator, unit and period; also serves as the indicator foreign-key index.
        builder.HasIndex(o => new { o.IndicatorId, o.UnitId, o.Period }).IsUnique();
        builder.HasOne(o => o.Indicator)
            .WithMany()
            .HasForeignKey(o => o.IndicatorId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(o => o.Unit)
            .WithMany()
            .HasForeignKey(o => o.UnitId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
