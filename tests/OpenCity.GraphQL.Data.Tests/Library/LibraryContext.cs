using Microsoft.EntityFrameworkCore;

namespace OpenCity.GraphQL.Data.Tests.Library;

public sealed class LibraryContext(DbContextOptions<LibraryContext> options) : DbContext(options)
{
    public DbSet<Author> Authors => Set<Author>();

    public DbSet<Book> Books => Set<Book>();

    public DbSet<Review> Reviews => Set<Review>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // As in OpenCity's own model: enums as text, so ordering by an enum is by name on every provider.
        modelBuilder.Entity<Book>().Property(b => b.Genre).HasConversion<string>();
        modelBuilder.Entity<Book>().HasMany(b => b.Reviews).WithOne().HasForeignKey(r => r.BookId);
    }
}
