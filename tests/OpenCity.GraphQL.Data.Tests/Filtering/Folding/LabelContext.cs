using Microsoft.EntityFrameworkCore;

namespace OpenCity.GraphQL.Data.Tests.Filtering.Folding;

public sealed class LabelContext(DbContextOptions<LabelContext> options) : DbContext(options)
{
    public DbSet<Label> Labels => Set<Label>();
}
