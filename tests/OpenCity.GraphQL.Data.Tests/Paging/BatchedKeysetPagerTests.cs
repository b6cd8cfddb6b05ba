using GraphQL.DataLoader;
using OpenCity.GraphQL.Data.Paging;
using OpenCity.GraphQL.Data.Relay;
using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Paging;

/// <summary>Nested pages for many parents at once keep each parent's order, whatever the sort keys.</summary>
public abstract class BatchedKeysetPagerTests(LibraryDatabase library, bool rowValues)
{
    /// <summary>More than the hundred parents one statement holds, so the batch spans statements.</summary>
    private const int Parents = 130;

    private readonly PagingOptions _options = new();

    [Fact]
    public async Task Every_parent_walks_its_own_list_in_the_oracle_order_forwards_and_backwards()
    {
        var random = new Random(5);
        var pager = new BatchedKeysetPager<LibraryContext>(rowValues ? library.RowValueContexts : library.Contexts, _options);
        var parents = Enumerable.Range(0, Parents).Select(p => (long)p).ToList();
        for (var round = 0; round < 6; round++)
        {
            var order = BookSortField.All.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).Select(f => (f, random.Next(2) == 0)).ToList();
            var keys = BookSortField.Keys(order);
            var expected = parents.ToDictionary(p => p, p => BookSortField.Oracle(library.AllBooks.Where(b => b.Id % Parents == p), order).Select(b => b.Id).ToList());
            var description = $"{library.Provider}: {string.Join(", ", order.Select(o => $"{o.f.Name} {(o.Item2 ? "DESC" : "ASC")}"))}";

            var forward = await pager.PageAsync(parents, (db, p) => db.Books.Where(b => b.Id % Parents == p), keys, b => b.Id, new PagingArguments(2, null, null, null), NoCount, CancellationToken.None);
            var backward = await pager.PageAsync(parents, (db, p) => db.Books.Where(b => b.Id % Parents == p), keys, b => b.Id, new PagingArguments(null, null, 2, null), NoCount, CancellationToken.None);

            foreach (var parent in parents)
            {
                Assert.True(expected[parent].Take(2).SequenceEqual(forward[parent].Edges.Select(e => e.Node.Id)), $"first page of {parent}, {description}");
                Assert.True(expected[parent].TakeLast(2).SequenceEqual(backward[parent].Edges.Select(e => e.Node.Id)), $"last page of {parent}, {description}");
                Assert.Equal(expected[parent].Count > 2, forward[parent].PageInfo.HasNextPage);
                Assert.Equal(expected[parent].Count > 2, backward[parent].PageInfo.HasPreviousPage);
            }

            // One parent's cursor is a position in the whole order: it seeks in every parent's list.
            var cursor = forward[0].PageInfo.EndCursor;
            var next = await pager.PageAsync(parents, (db, p) => db.Books.Where(b => b.Id % Parents == p), keys, b => b.Id, new PagingArguments(1, cursor, null, null), NoCount, CancellationToken.None);
            var all = BookSortField.Oracle(library.AllBooks, order).Select(b => b.Id).ToList();
            var seen = all.IndexOf(forward[0].Edges[^1].Node.Id);
            foreach (var parent in parents)
            {
                var rest = all.Skip(seen + 1).Where(id => id % Parents == parent).Take(1);
                Assert.True(rest.SequenceEqual(next[parent].Edges.Select(e => e.Node.Id)), $"page after a cursor, parent {parent}, {description}");
            }
        }
    }

    private static IDataLoaderResult<int> NoCount(long parent) => DataLoaderResults.Defer(_ => Task.FromResult(0));
}
