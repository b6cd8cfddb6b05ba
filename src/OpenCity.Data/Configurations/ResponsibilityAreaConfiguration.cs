using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCity.Domain.Departments;

namespace OpenCity.Data.Configurations;

internal sealed class ResponsibilityAreaConfiguration : IEntityTypeConfiguration<ResponsibilityArea>
{
    public void Configure(EntityTypeBuilder<ResponsibilityArea> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Area);
    }
}
