using OpenCity.GraphQL.Data.Tests.Filtering.Schema;
using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Filtering;

/// <summary>
/// Every filter case on a real database, compared with LINQ-to-Objects over the same rows; read
/// with or without the single-call SQL case folding.
/// </summary>
public abstract class FilterTests(LibraryDatabase database, bool caseFolding = false)
{
    private readonly LibraryGraphQL _graphQL = new(database, caseFolding ? database.CaseFoldingContexts : database.Contexts);

    [Theory]
    [MemberData(nameof(FilterCases.Names), MemberType = typeof(FilterCases))]
    public async Task Filter_matches_the_oracle(string name)
    {
        var (where, oracle) = FilterCases.All[name];

        var ids = await _graphQL.BookIdsAsync($"(where: {where})");

        Assert.Equal(database.AllBooks.Where(oracle).Select(b => b.Id), ids);
    }

    [Fact]
    public void Every_case_keeps_some_but_not_all_books_unless_meant_to()
    {
        string[] meantToBeTrivial =
        [
            "title contains lowercase finds nothing", "title startsWith is case-sensitive", "title endsWith is case-sensitive", "title in empty",
            "title nin empty", "title percent and underscore are literal", "pages eq null matches nothing", "reviews all empty", "empty where",
            "and empty keeps all", "or empty keeps nothing", "or with an empty filter keeps all",
        ];

        var trivial = FilterCases.All
            .Where(c => database.AllBooks.Count(c.Value.Oracle) is var n && (n == 0 || n == database.AllBooks.Count))
            .Select(c => c.Key);

        Assert.Equal(meantToBeTrivial.Order(StringComparer.Ordinal), trivial.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_variable_that_is_absent_or_null_leaves_its_operation_out()
    {
        const string Arguments = "(where: { price: { eq: $price }, pages: { gt: $pages } })";
        const string Definitions = "($price: Float, $pages: Int)";

        var absent = await _graphQL.BookIdsAsync(Arguments, "{}", Definitions);
        var nulls = await _graphQL.BookIdsAsync(Arguments, """{ "price": null, "pages": null }""", Definitions);
        var literal = await _graphQL.BookIdsAsync("(where: { price: { eq: null }, pages: { gt: 300 } })");
        var given = await _graphQL.BookIdsAsync(Arguments, """{ "price": null, "pages": 300 }""", Definitions);

        var all = database.AllBooks.Select(b => b.Id).ToList();
        Assert.Equal(all, absent);
        Assert.Equal(all, nulls);
        Assert.Equal(database.AllBooks.Where(b => b.Price is null && b.Pages > 300).Select(b => b.Id), literal);
        Assert.Equal(database.AllBooks.Where(b => b.Pages > 300).Select(b => b.Id), given);
    }

    [Fact]
    public async Task A_null_variable_for_an_object_or_a_list_item_is_left_out()
    {
        var ids = await _graphQL.BookIdsAsync(
            "(where: { author: $author, title: { in: [$title, \"iron salt\"] } })", """{ "author": null }""", "($author: AuthorFilterInput, $title: String)");

        Assert.Equal(database.AllBooks.Where(b => b.Title == "iron salt").Select(b => b.Id), ids);
    }

    [Fact]
    public async Task An_explicit_null_inside_a_variable_means_no_value()
    {
        var ids = await _graphQL.BookIdsAsync(
            "(where: $where)", """{ "where": { "price": { "eq": null }, "author": { "country": { "in": ["NO", null] } } } }""", "($where: BookFilterInput)");

        Assert.Equal(database.AllBooks.Where(b => b.Price is null && b.Author is not null && b.Author.Country is "NO" or null).Select(b => b.Id), ids);
    }

    [Fact]
    public async Task A_null_or_absent_where_variable_keeps_everything()
    {
        var absent = await _graphQL.BookIdsAsync("(where: $where)", "{}", "($where: BookFilterInput)");
        var nulls = await _graphQL.BookIdsAsync("(where: $where)", """{ "where": null }""", "($where: BookFilterInput)");

        Assert.Equal(database.AllBooks.Count, absent.Length);
        Assert.Equal(database.AllBooks.Count, nulls.Length);
    }

    [Fact]
    public async Task Variables_of_every_operation_type_are_read()
    {
        var ids = await _graphQL.BookIdsAsync(
            "(where: { genre: { in: $genres }, publishedAt: { lt: $before }, author: { born: { gte: $born } }, inPrint: { eq: $inPrint } })",
            """{ "genres": ["NOVEL", "POETRY"], "before": "1990-01-01T00:00:00Z", "born": "1920-01-01", "inPrint": true }""",
            "($genres: [Genre], $before: DateTime, $born: Date, $inPrint: Boolean)");

        Assert.Equal(
            database.AllBooks.Where(b => b.Genre is Genre.Novel or Genre.Poetry && b.PublishedAt < new DateTime(1990, 1, 1, 0, 0, 0, DateTimeKind.Utc)
                && b.Author?.Born >= new DateOnly(1920, 1, 1) && b.InPrint).Select(b => b.Id),
            ids);
    }

    [Fact]
    public async Task A_wide_filter_translates_to_sql_without_client_evaluation()
    {
        // EF Core throws for anything it cannot translate; the test fails on any error.
        var where = "{ and: [" + string.Join(", ", FilterCases.All.Values.Select(c => c.Where).Where(w => w != "{}")) + "] }";
        var or = "{ or: [" + string.Join(", ", FilterCases.All.Values.Select(c => c.Where).Where(w => w != "{}")) + "] }";

        var none = await _graphQL.BookIdsAsync($"(where: {where})");
        var some = await _graphQL.BookIdsAsync($"(where: {or})");

        Assert.Empty(none);
        Assert.Equal(database.AllBooks.Count, some.Length);
    }
}
