using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCity.Domain.Components;

namespace OpenCity.Data.Configurations;

internal sealed class CityComponentConfiguration : IEntityTypeConfiguration<CityComponent>
{
    public void Configure(EntityTypeBuilder<CityComponent> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Code).HasMaxLength(64);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(200);

        // Names are searched by any part ("bridge"), codes looked up or listed by prefix ("sl-").
        builder.HasCaseInsensitiveIndex(c => c.Name, substrings: true);
        builder.HasCaseInsensitiveIndex(c => c.Code);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Domain).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Sensitivity).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(c => c.Kind);
        builder.HasIndex(c => c.Status);

        // "Failed streetlights, oldest first", and every status by age, page by page.
        builder.HasKeysetIndex(c => c.Kind, c => c.Status, c => c.InstalledOn);
        builder.HasKeysetIndex(c => c.Status, c => c.InstalledOn);
        builder.Property(c => c.Geometry);

        // Optimistic concurrency: an update names the version it read, and loses if another committed first.
        builder.Property(c => c.Version).IsConcurrencyToken();

        // JSON text here; the PostgreSQL mapping stores it as jsonb.
        builder.Property(c => c.Attributes);

        builder.HasOne(c => c.Owner)
            .WithMany()
            .HasForeignKey(c => c.OwnerId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.GridUnit)
            .WithMany()
            .HasForeignKey(c => c.GridUnitId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}
