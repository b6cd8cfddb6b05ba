using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCity.Domain.Governance;

namespace OpenCity.Data.Configurations;

internal sealed class GovernanceUnitConfiguration : IEntityTypeConfiguration<GovernanceUnit>
{
    public void Configure(EntityTypeBuilder<GovernanceUnit> builder)
    {
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Code).HasMaxLength(64);
        builder.HasIndex(u => u.Code).IsUnique();
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.HasCaseInsensitiveIndex(u => u.Name, substrings: true);
        builder.Property(u => u.Level).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(u => u.Level);

        // "All descendants of a unit" is a prefix match on the materialised path; the providers
        // give the column a collation under which that prefix match can use this index.
        builder.Property(u => u.Path).HasMaxLength(256);
        builder.HasIndex(u => u.Path);

        builder.Property(u => u.Boundary);
        builder.Property(u => u.Centroid);

        builder.HasOne(u => u.Parent)
            .WithMany(u => u.Children)
            .HasForeignKey(u => u.ParentId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
