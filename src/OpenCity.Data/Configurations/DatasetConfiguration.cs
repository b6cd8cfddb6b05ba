using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCity.Domain.Datasets;

namespace OpenCity.Data.Configurations;

internal sealed class DatasetConfiguration : IEntityTypeConfiguration<Dataset>
{
    public void Configure(EntityTypeBuilder<Dataset> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Code).HasMaxLength(64);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.UpdateFrequency).HasMaxLength(32);

        // A JSON array on SQLite, text[] on PostgreSQL.
        builder.PrimitiveCollection(d => d.Keywords);
    }
}
