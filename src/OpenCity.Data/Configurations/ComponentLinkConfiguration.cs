using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCity.Domain.Components;

namespace OpenCity.Data.Configurations;

internal sealed class ComponentLinkConfiguration : IEntityTypeConfiguration<ComponentLink>
{
    public void Configure(EntityTypeBuilder<ComponentLink> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(16);

        // A link is stated once; linking twice is a no-op, not a second edge.
        builder.HasIndex(l => new { l.FromComponentId, l.ToComponentId, l.Kind }).IsUnique();

        // Traces walk the topology both ways, so each end is indexed (by the foreign-key convention).
        builder.HasOne(l => l.FromComponent)
            .WithMany()
            .HasForeignKey(l => l.FromComponentId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.ToComponent)
            .WithMany()
            .HasForeignKey(l => l.ToComponentId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
