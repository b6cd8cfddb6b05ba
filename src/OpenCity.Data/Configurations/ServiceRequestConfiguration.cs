using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCity.Domain.ServiceRequests;

namespace OpenCity.Data.Configurations;

internal sealed class ServiceRequestConfiguration : IEntityTypeConfiguration<ServiceRequest>
{
    public void Configure(EntityTypeBuilder<ServiceRequest> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Code).HasMaxLength(64);
        builder.HasIndex(r => r.Code).IsUnique();
        builder.Property(r => r.Category).HasMaxLength(64);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(r => r.Status);
        builder.Property(r => r.Location);
        builder.Property(r => r.PublicLocation);
        builder.Property(r => r.ReportCount).HasDefaultValue(1);
        builder.Property(r => r.Version).IsConcurrencyToken();

        builder.HasOne(r => r.Department)
            .WithMany()
            .HasForeignKey(r => r.DepartmentId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(r => r.GridUnit)
            .WithMany()
            .HasForeignKey(r => r.GridUnitId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}
