using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OpenCity.GraphQL.Data.Paging;
using OpenCity.GraphQL.Data.Sorting;
using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Paging;

/// <summary>
/// Keyset pages over arbitrary sort keys, checked against LINQ-to-Objects on a real database,
/// seeking with plain comparisons or with SQL row values.
/// </summary>
public abstract class KeysetPagerTests(LibraryDatabase library, bool rowValues)
{
    private readonly PagingOptions _options = new() { DefaultPageSize = 10, MaxPageSize = 500 };

    private IDbContextFactory<LibraryContext> Contexts => rowValues ? library.RowValueContexts : library.Contexts;

    private KeysetPager<LibraryContext> Pager => new(Contexts, _options);

    [Fact]
    public async Task Walking_every_page_forwards_and_backwards_yields_the_oracle_order_for_random_orders()
    {
        var random = new Random(31);
        for (var round = 0; round < 30; round++)
        {
            var fields = BookSortField.All.OrderBy(_ => random.Next()).Take(1 + random.Next(3));
            var order = fields.Select(f => (f, random.Next(2) == 0)).ToList();
            var keys = order.Select(o => new SortKey<Book>(random.Next(4) == 0 ? o.f.Boxed() : o.f.Key, o.Item2)).ToList();
            var size = 5 + random.Next(60);
            var expected = BookSortField.Oracle(library.AllBooks, order).Select(b => b.Id).ToList();
            var description = $"{library.Provider}: {string.Join(", ", order.Select(o => $"{o.f.Name} {(o.Item2 ? "DESC" : "ASC")}"))}, pages of {size}";

            Assert.True(expected.SequenceEqual(await WalkForwardAsync(keys, size)), $"forwards, {description}");
            Assert.True(expected.SequenceEqual(await WalkBackwardAsync(keys, size)), $"backwards, {description}");
        }
    }

    [Theory]
    [InlineData("price", false)]
    [InlineData("price", true)]
    [InlineData("authorName", false)]
    [InlineData("authorBorn", true)]
    [InlineData("genre", false)]
    [InlineData("inPrint", true)]
    public async Task Nulls_are_the_largest_values_and_enums_sort_by_name(string field, bool descending)
    {
        var order = new List<(BookSortField, bool)> { (BookSortField.Named(field), descending) };
        var expected = BookSortField.Oracle(library.AllBooks, order).Select(b => b.Id).ToList();

        Assert.Equal(expected, await WalkForwardAsync(BookSortField.Keys(order), 17));
        Assert.Equal(expected, await WalkBackwardAsync(BookSortField.Keys(order), 17));
    }

    [Fact]
    public async Task Pages_in_the_default_order_are_by_id()
    {
        var page = await Pager.PageAsync(db => db.Books, b => b.Id, new PagingArguments(3, null, null, null), CancellationToken.None);
        var next = await Pager.PageAsync(db => db.Books, b => b.Id, new PagingArguments(3, page.PageInfo.EndCursor, null, null), CancellationToken.None);

        Assert.Equal([1L, 2, 3], page.Edges.Select(e => e.Node.Id));
        Assert.Equal([4L, 5, 6], next.Edges.Select(e => e.Node.Id));
    }

    [Fact]
    public async Task Page_info_is_right_at_both_ends()
    {
        var keys = BookSortField.Keys([(BookSortField.Named("price"), false), (BookSortField.Named("title"), true)]);
        var all = library.AllBooks.Count;

        var first = await PageAsync(keys, new PagingArguments(10, null, null, null));
        var whole = await PageAsync(keys, new PagingArguments(all, null, null, null));
        var last = await PageAsync(keys, new PagingArguments(null, null, 10, null));
        var beforeLast = await PageAsync(keys, new PagingArguments(null, null, 10, last.PageInfo.StartCursor));
        var afterFirst = await PageAsync(keys, new PagingArguments(10, first.PageInfo.EndCursor, null, null));
        var beyondEnd = await PageAsync(keys, new PagingArguments(10, last.PageInfo.EndCursor, null, null));
        var beforeStart = await PageAsync(keys, new PagingArguments(null, null, 10, first.PageInfo.StartCursor));

        Assert.Equal((true, false), (first.PageInfo.HasNextPage, first.PageInfo.HasPreviousPage));
        Assert.Equal((false, false, all), (whole.PageInfo.HasNextPage, whole.PageInfo.HasPreviousPage, whole.Edges.Count));
        Assert.Equal((false, true), (last.PageInfo.HasNextPage, last.PageInfo.HasPreviousPage));
        Assert.Equal((true, true), (beforeLast.PageInfo.HasNextPage, beforeLast.PageInfo.HasPreviousPage));
        Assert.Equal((true, true), (afterFirst.PageInfo.HasNextPage, afterFirst.PageInfo.HasPreviousPage));
        Assert.Equal((false, true, 0), (beyondEnd.PageInfo.HasNextPage, beyondEnd.PageInfo.HasPreviousPage, beyondEnd.Edges.Count));
        Assert.Equal((true, false, 0), (beforeStart.PageInfo.HasNextPage, beforeStart.PageInfo.HasPreviousPage, beforeStart.Edges.Count));
        Assert.Equal(whole.Edges.TakeLast(10).Select(e => e.Cursor), last.Edges.Select(e => e.Cursor));
    }

    [Fact]
    public async Task A_deep_page_is_a_seek_not_an_offset()
    {
        var commands = new List<string>();
        DbContextOptions<LibraryContext> options;
        await using (var db = Contexts.CreateDbContext())
        {
            options = (DbContextOptions<LibraryContext>)db.GetService<IDbContextOptions>();
        }

        var logged = new DbContextOptionsBuilder<LibraryContext>(options)
            .LogTo(message => { lock (commands) { commands.Add(message); } }, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuting])
            .Options;
        var pager = new KeysetPager<LibraryContext>(new Factory(logged), _options);
        var keys = BookSortField.Keys([(BookSortField.Named("title"), true), (BookSortField.Named("pages"), false)]);

        string? after = null;
        for (var page = 1; page <= 20; page++)
        {
            after = (await pager.PageAsync(db => db.Books, keys, b => b.Id, new PagingArguments(10, after, null, null), CancellationToken.None)).PageInfo.EndCursor;
        }

        var sql = commands.Select(c => c[c.IndexOf("SELECT", StringComparison.Ordinal)..]).ToList();
        Assert.Equal(20, sql.Count);
        Assert.All(sql, s => Assert.DoesNotContain("OFFSET", s, StringComparison.OrdinalIgnoreCase));
        Assert.All(sql, s => Assert.Contains("LIMIT", s, StringComparison.OrdinalIgnoreCase));
        Assert.Single(sql.Skip(1).Distinct()); // pages 2..20 run the same statement with other parameters

        // title DESC, pages ASC: the title part is a row bound an index can start from.
        var rowComparison = new System.Text.RegularExpressions.Regex(@"\([^(),]+\) <= \(");
        Assert.Equal(rowValues, rowComparison.IsMatch(sql[^1]));
    }

    [Fact]
    public async Task Keys_of_a_type_without_an_order_are_refused_when_the_pager_is_called()
    {
        var keys = new List<SortKey<Book>> { new((System.Linq.Expressions.Expression<Func<Book, List<Review>>>)(b => b.Reviews), false) };

        await Assert.ThrowsAsync<ArgumentException>(() => PageAsync(keys, new PagingArguments(1, null, null, null)));
    }

    private Task<Connection<Book>> PageAsync(IReadOnlyList<SortKey<Book>> keys, PagingArguments arguments) =>
        Pager.PageAsync(db => db.Books, keys, b => b.Id, arguments, CancellationToken.None);

    private async Task<List<long>> WalkForwardAsync(IReadOnlyList<SortKey<Book>> keys, int size)
    {
        var ids = new List<long>();
        string? after = null;
        while (ids.Count <= library.AllBooks.Count)
        {
            var page = await PageAsync(keys, new PagingArguments(size, after, null, null));
            Assert.Equal(after is not null, page.PageInfo.HasPreviousPage);
            ids.AddRange(page.Edges.Select(e => e.Node.Id));
            if (!page.PageInfo.HasNextPage)
            {
                break;
            }

            Assert.Equal(size, page.Edges.Count);
            after = page.PageInfo.EndCursor;
        }

        return ids;
    }

    private async Task<List<long>> WalkBackwardAsync(IReadOnlyList<SortKey<Book>> keys, int size)
    {
        var ids = new List<long>();
        string? before = null;
        while (ids.Count <= library.AllBooks.Count)
        {
            var page = await PageAsync(keys, new PagingArguments(null, null, size, before));
            Assert.Equal(before is not null, page.PageInfo.HasNextPage);
            ids.InsertRange(0, page.Edges.Select(e => e.Node.Id));
            if (!page.PageInfo.HasPreviousPage)
            {
                break;
            }

            Assert.Equal(size, page.Edges.Count);
            before = page.PageInfo.StartCursor;
        }

        return ids;
    }

    private sealed class Factory(DbContextOptions<LibraryContext> options) : IDbContextFactory<LibraryContext>
    {
        public LibraryContext CreateDbContext() => new(options);
    }
}
