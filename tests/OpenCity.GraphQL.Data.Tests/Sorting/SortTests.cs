using OpenCity.GraphQL.Data.Tests.Filtering.Schema;
using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Sorting;

/// <summary>
/// Sort orders on a real database against LINQ-to-Objects: nulls count as the largest values
/// (last ascending, first descending) and text sorts by character code on both providers.
/// </summary>
public abstract class SortTests(LibraryDatabase database)
{
    private readonly LibraryGraphQL _graphQL = new(database);

    public static TheoryData<string> Cases => [.. SortCases.All.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Sort_matches_the_oracle(string name)
    {
        var (order, oracle) = SortCases.All[name];

        var ids = await _graphQL.BookIdsAsync($"(order: {order})");

        Assert.Equal(oracle(database.AllBooks).Select(b => b.Id), ids);
    }

    [Fact]
    public async Task Sort_and_filter_combine()
    {
        var ids = await _graphQL.BookIdsAsync("(where: { author: { country: { neq: \"NO\" } } }, order: [{ author: { country: DESC } }, { pages: ASC }])");

        var expected = database.AllBooks.Where(b => b.Author is not null && b.Author.Country != "NO")
            .OrderBy(b => b.Author!.Country is not null).ThenByDescending(b => b.Author!.Country, StringComparer.Ordinal).ThenBy(b => b.Pages).ThenBy(b => b.Id);
        Assert.Equal(expected.Select(b => b.Id), ids);
    }

    [Fact]
    public async Task A_sort_field_whose_variable_is_null_or_absent_is_left_out()
    {
        var ids = await _graphQL.BookIdsAsync(
            "(order: [{ price: $first }, { pages: $second }, { title: DESC }])", """{ "first": null }""", "($first: SortEnumType, $second: SortEnumType)");
        var whole = await _graphQL.BookIdsAsync("(order: $order)", """{ "order": [{ "pages": "DESC" }, { "title": "ASC" }] }""", "($order: [BookSortInput!])");

        Assert.Equal(database.AllBooks.OrderByDescending(b => b.Title, StringComparer.Ordinal).ThenBy(b => b.Id).Select(b => b.Id), ids);
        Assert.Equal(database.AllBooks.OrderByDescending(b => b.Pages).ThenBy(b => b.Title, StringComparer.Ordinal).ThenBy(b => b.Id).Select(b => b.Id), whole);
    }

    [Fact]
    public async Task Sort_keys_are_read_in_order_without_being_applied()
    {
        var (data, result) = await _graphQL.ExecuteAsync("{ sortKeys(order: [{ price: DESC, title: ASC }, { author: { born: DESC, name: ASC } }]) }");

        Assert.Null(result.Errors);
        Assert.Equal(
            [
                "x => x.Price DESC",
                "x => x.Title ASC",
                "x => IIF((x.Author == null), null, x.Author.Born) DESC",
                "x => IIF((x.Author == null), null, x.Author.Name) ASC",
            ],
            data.GetProperty("sortKeys").EnumerateArray().Select(k => k.GetString()));
    }
}
