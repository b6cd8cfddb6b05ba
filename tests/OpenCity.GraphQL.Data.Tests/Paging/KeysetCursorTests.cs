using OpenCity.GraphQL.Data.Errors;
using OpenCity.GraphQL.Data.Paging;
using OpenCity.GraphQL.Data.Sorting;
using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Paging;

/// <summary>Sealed cursors: anything the server did not issue, for this list and order, is INVALID_CURSOR.</summary>
public sealed class KeysetCursorTests(SqliteLibrary library) : IClassFixture<SqliteLibrary>
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private readonly PagingOptions _options = new();

    private static List<SortKey<Book>> TitleThenPrice { get; } =
        BookSortField.Keys([(BookSortField.Named("title"), false), (BookSortField.Named("price"), true)]);

    [Fact]
    public async Task A_cursor_with_any_one_character_changed_is_refused()
    {
        var cursor = await CursorAsync(TitleThenPrice, _options);

        for (var index = 0; index < cursor.Length; index++)
        {
            var replacement = cursor[index] == 'A' ? 'B' : 'A';
            var tampered = cursor[..index] + replacement + cursor[(index + 1)..];

            AssertInvalid(() => new PagingArguments(5, tampered, null, null).Validate(_options, TitleThenPrice));
        }

        AssertInvalid(() => new PagingArguments(5, cursor + "A", null, null).Validate(_options, TitleThenPrice));
        AssertInvalid(() => new PagingArguments(5, cursor[..^1], null, null).Validate(_options, TitleThenPrice));
        var pager = new KeysetPager<LibraryContext>(library.Contexts, _options);
        var error = await Assert.ThrowsAsync<DataLayerError>(() => pager.PageAsync(
            db => db.Books, TitleThenPrice, b => b.Id, new PagingArguments(null, null, 5, cursor[..^2] + "AA"), CancellationToken.None));
        Assert.Equal(DataErrorCodes.InvalidCursor, error.Code);
    }

    [Fact]
    public async Task A_cursor_made_for_another_order_is_refused_with_a_message_naming_the_order()
    {
        var cursor = await CursorAsync(TitleThenPrice, _options);
        List<List<SortKey<Book>>> otherOrders =
        [
            [],
            BookSortField.Keys([(BookSortField.Named("title"), false)]),
            BookSortField.Keys([(BookSortField.Named("title"), false), (BookSortField.Named("price"), false)]),
            BookSortField.Keys([(BookSortField.Named("price"), true), (BookSortField.Named("title"), false)]),
            BookSortField.Keys([(BookSortField.Named("authorName"), false), (BookSortField.Named("price"), true)]),
        ];

        foreach (var order in otherOrders)
        {
            var error = AssertInvalid(() => new PagingArguments(5, cursor, null, null).Validate(_options, order));
            Assert.Contains("`order`", error.Message, StringComparison.Ordinal);
        }

        var byId = await CursorAsync([], _options);
        AssertInvalid(() => new PagingArguments(5, byId, null, null).Validate(_options, TitleThenPrice));
        new PagingArguments(5, byId, null, null).Validate(_options, Array.Empty<SortKey<Book>>());
        new PagingArguments(5, cursor, null, null).Validate(_options, BookSortField.Keys([(BookSortField.Named("title"), false), (BookSortField.Named("price"), true)]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("k3.")]
    [InlineData("k3..")]
    [InlineData("k3.e30")]
    [InlineData("k3.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("k2.e30.AAAA")] // a signed cursor of the previous format
    [InlineData("azE6MTA")] // an unsigned cursor of the previous format, base64url("k1:10")
    [InlineData("k3.!!!###")]
    public void Malformed_cursors_are_refused(string cursor)
    {
        AssertInvalid(() => new PagingArguments(null, null, 3, cursor).Validate(_options, TitleThenPrice));
        AssertInvalid(() => new PagingArguments(null, null, 3, cursor).Validate(_options, Array.Empty<SortKey<Book>>()));
    }

    [Fact]
    public async Task Cursors_are_accepted_only_by_servers_sharing_the_secret()
    {
        var random = await CursorAsync(TitleThenPrice, _options);
        var configured = new PagingOptions { CursorSecret = new string('s', 40) };
        var signed = await CursorAsync(TitleThenPrice, configured);

        AssertInvalid(() => new PagingArguments(5, random, null, null).Validate(configured, TitleThenPrice));
        AssertInvalid(() => new PagingArguments(5, signed, null, null).Validate(new PagingOptions(), TitleThenPrice));
        AssertInvalid(() => new PagingArguments(5, signed, null, null).Validate(new PagingOptions { CursorSecret = new string('t', 40) }, TitleThenPrice));
        new PagingArguments(5, signed, null, null).Validate(new PagingOptions { CursorSecret = new string('s', 40) }, TitleThenPrice);
        new PagingArguments(5, random, null, null).Validate(new PagingOptions(), TitleThenPrice); // the same process
    }

    [Fact]
    public async Task A_cursor_is_versioned_base64url_without_padding()
    {
        var cursor = await CursorAsync(TitleThenPrice, _options);

        Assert.StartsWith("k3.", cursor, StringComparison.Ordinal);
        Assert.All(cursor[3..], c => Assert.Contains(c, Alphabet));
    }

    [Fact]
    public async Task A_cursor_made_for_another_list_is_refused_even_in_the_same_order()
    {
        var cursor = await CursorAsync([], _options, list: "Query.books");

        var error = AssertInvalid(() => new PagingArguments(5, cursor, null, null) { List = "Query.authors" }.Validate(_options, Array.Empty<SortKey<Book>>()));
        Assert.Contains("Query.books", error.Message, StringComparison.Ordinal);
        AssertInvalid(() => new PagingArguments(5, cursor, null, null) { List = "Query.books" }.Validate(_options, Array.Empty<SortKey<Author>>()));
        new PagingArguments(5, cursor, null, null) { List = "Query.books" }.Validate(_options, Array.Empty<SortKey<Book>>());
    }

    [Fact]
    public async Task A_cursor_reveals_nothing_of_the_row_it_points_at()
    {
        var options = new PagingOptions { CursorSecret = new string('s', 40) };
        var pager = new KeysetPager<LibraryContext>(library.Contexts, options);
        var page = await pager.PageAsync(db => db.Books, b => b.Id, new PagingArguments(5, null, null, null), CancellationToken.None);

        foreach (var cursor in page.Edges.Select(edge => edge.Cursor))
        {
            var bytes = System.Buffers.Text.Base64Url.DecodeFromChars(cursor.AsSpan(3));
            var text = System.Text.Encoding.Latin1.GetString(bytes);
            Assert.DoesNotContain("\"i\"", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Book", text, StringComparison.Ordinal);
        }

        // The same position always gives the same cursor, so answers stay cacheable.
        var again = await pager.PageAsync(db => db.Books, b => b.Id, new PagingArguments(5, null, null, null), CancellationToken.None);
        Assert.Equal(page.PageInfo.EndCursor, again.PageInfo.EndCursor);
    }

    private static DataLayerError AssertInvalid(Action validate)
    {
        var error = Assert.Throws<DataLayerError>(validate);
        Assert.Equal(DataErrorCodes.InvalidCursor, error.Code);
        return error;
    }

    private async Task<string> CursorAsync(IReadOnlyList<SortKey<Book>> order, PagingOptions options, string list = "")
    {
        var pager = new KeysetPager<LibraryContext>(library.Contexts, options);
        var page = await pager.PageAsync(db => db.Books, order, b => b.Id, new PagingArguments(5, null, null, null) { List = list }, CancellationToken.None);
        return page.PageInfo.EndCursor!;
    }
}
