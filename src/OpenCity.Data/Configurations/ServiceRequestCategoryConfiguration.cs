using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCity.Domain.ServiceRequests;

namespace OpenCity.Data.Configurations;

internal sealed class ServiceRequestCategoryConfiguration : IEntityTypeConfiguration<ServiceRequestCategory>
{
    public void Configure(EntityTypeBuilder<ServiceRequestCategory> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Code).HasMaxLength(64);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Domain).HasConversion<string>().HasMaxLength(32);
    }
}
