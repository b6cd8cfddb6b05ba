using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCity.Domain.Auditing;

namespace OpenCity.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_log");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Subject).HasMaxLength(200);
        builder.Property(a => a.Role).HasMaxLength(16);
        builder.Property(a => a.DepartmentCode).HasMaxLength(64);
        builder.Property(a => a.Operation).HasMaxLength(64);
        builder.Property(a => a.EntityType).HasMaxLength(64);
        builder.Property(a => a.EntityCode).HasMaxLength(64);

        // "What happened to this object", newest first, and the log by time.
        builder.HasIndex(a => new { a.EntityType, a.EntityCode });
        builder.HasIndex(a => a.OccurredAt);
    }
}
