using Microsoft.EntityFrameworkCore;
using OpenCity.GraphQL.Data.Filtering.Folding;
using OpenCity.GraphQL.Data.Paging.RowValues;

namespace OpenCity.GraphQL.Data.Tests.Library;

/// <summary>
/// The library loaded into a real database: a SQLite file, or a fresh PostgreSQL database on the
/// server of <c>OPENCITY_TEST_POSTGRES</c> (started by tests/run.sh). PostgreSQL tests fail, never
/// skip, when it is not there.
/// </summary>
public abstract class LibraryDatabase : IAsyncLifetime
{
    public IDbContextFactory<LibraryContext> Contexts { get; private set; } = null!;

    /// <summary>Contexts of the same database that seek past keyset cursors with SQL row values.</summary>
    public IDbContextFactory<LibraryContext> RowValueContexts { get; private set; } = null!;

    /// <summary>Contexts of the same database that fold case with one SQL call.</summary>
    public IDbContextFactory<LibraryContext> CaseFoldingContexts { get; private set; } = null!;

    /// <summary>Every book with its author and reviews, for LINQ-to-Objects oracles.</summary>
    public IReadOnlyList<Book> AllBooks { get; private set; } = [];

    public abstract string Provider { get; }

    public async Task InitializeAsync()
    {
        var options = await CreateOptionsAsync();
        Contexts = new Factory(options);
        RowValueContexts = new Factory(new DbContextOptionsBuilder<LibraryContext>(options).UseRowValueComparisons().Options);
        CaseFoldingContexts = new Factory(new DbContextOptionsBuilder<LibraryContext>(options).UseCaseFolding().Options);
        await using (var db = Contexts.CreateDbContext())
        {
            await db.Database.EnsureDeletedAsync();
            await db.Database.EnsureCreatedAsync();
            var (authors, books) = LibraryData.Create();
            db.Authors.AddRange(authors);
            db.Books.AddRange(books);
            await db.SaveChangesAsync();
        }

        await using (var db = Contexts.CreateDbContext())
        {
            AllBooks = await db.Books.AsNoTracking().Include(b => b.Author).Include(b => b.Reviews).OrderBy(b => b.Id).ToListAsync();
        }
    }

    public virtual async Task DisposeAsync()
    {
        await using var db = Contexts.CreateDbContext();
        await db.Database.EnsureDeletedAsync();
    }

    protected abstract Task<DbContextOptions<LibraryContext>> CreateOptionsAsync();

    private sealed class Factory(DbContextOptions<LibraryContext> options) : IDbContextFactory<LibraryContext>
    {
        public LibraryContext CreateDbContext() => new(options);
    }
}
