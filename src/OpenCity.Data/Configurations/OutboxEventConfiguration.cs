using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCity.Domain.Events;

namespace OpenCity.Data.Configurations;

internal sealed class OutboxEventConfiguration : IEntityTypeConfiguration<OutboxEvent>
{
    public void Configure(EntityTypeBuilder<OutboxEvent> builder)
    {
        builder.ToTable("outbox");
        builder.HasKey(e => e.Sequence);

        // Numbered by the writer under a lock held until commit, so numbers follow commit order (see CityWriter.AppendEventsAsync in the server).
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.Type).HasMaxLength(64);

        // The dispatcher's question: what is still waiting, in order.
        builder.HasIndex(e => new { e.DispatchedAt, e.Sequence });
    }
}
