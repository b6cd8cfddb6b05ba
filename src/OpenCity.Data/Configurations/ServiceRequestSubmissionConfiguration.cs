using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCity.Domain.ServiceRequests;

namespace OpenCity.Data.Configurations;

internal sealed class ServiceRequestSubmissionConfiguration : IEntityTypeConfiguration<ServiceRequestSubmission>
{
    public void Configure(EntityTypeBuilder<ServiceRequestSubmission> builder)
    {
        builder.HasKey(s => s.Id);

        // The replay check; two submissions racing with one key cannot both be stored.
        builder.Property(s => s.IdempotencyKey).HasMaxLength(128);
        builder.HasIndex(s => s.IdempotencyKey).IsUnique();
        builder.Property(s => s.Location);
        builder.HasOne(s => s.ServiceRequest)
            .WithMany()
            .HasForeignKey(s => s.ServiceRequestId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
