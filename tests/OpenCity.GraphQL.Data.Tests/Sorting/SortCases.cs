using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Sorting;

/// <summary>Sort orders as a client writes them, each with its LINQ-to-Objects oracle (ties broken by id).</summary>
public static class SortCases
{
    private static readonly StringComparer Ordinal = StringComparer.Ordinal;

    public static IReadOnlyDictionary<string, (string Order, Func<IEnumerable<Book>, IEnumerable<Book>> Oracle)> All { get; } =
        new Dictionary<string, (string, Func<IEnumerable<Book>, IEnumerable<Book>>)>
        {
            ["none"] = ("[]", books => books.OrderBy(b => b.Id)),
            ["title ASC by character code"] = ("[{ title: ASC }]", books => books.OrderBy(b => b.Title, Ordinal).ThenBy(b => b.Id)),
            ["title DESC"] = ("[{ title: DESC }]", books => books.OrderByDescending(b => b.Title, Ordinal).ThenBy(b => b.Id)),
            ["price ASC puts nulls last"] = ("[{ price: ASC }]", books => books.OrderBy(b => b.Price is null).ThenBy(b => b.Price).ThenBy(b => b.Id)),
            ["price DESC puts nulls first"] = ("[{ price: DESC }]", books => books.OrderByDescending(b => b.Price is null).ThenByDescending(b => b.Price).ThenBy(b => b.Id)),
            ["publishedAt DESC"] = ("[{ publishedAt: DESC }]", books => books.OrderByDescending(b => b.PublishedAt).ThenBy(b => b.Id)),
            ["genre ASC by stored name"] = ("[{ genre: ASC }]", books => books.OrderBy(b => b.Genre.ToString(), Ordinal).ThenBy(b => b.Id)),
            ["two fields in one entry"] = ("[{ inPrint: DESC, pages: ASC }]", books => books.OrderByDescending(b => b.InPrint).ThenBy(b => b.Pages).ThenBy(b => b.Id)),
            ["entries in order"] = ("[{ pages: DESC }, { price: ASC }]", books => books.OrderByDescending(b => b.Pages).ThenBy(b => b.Price is null).ThenBy(b => b.Price).ThenBy(b => b.Id)),
            ["author name ASC puts books without author last"] = (
                "[{ author: { name: ASC } }, { title: DESC }]",
                books => books.OrderBy(b => b.Author is null).ThenBy(b => b.Author?.Name, Ordinal).ThenByDescending(b => b.Title, Ordinal).ThenBy(b => b.Id)),
            ["author name DESC puts books without author first"] = (
                "[{ author: { name: DESC } }]",
                books => books.OrderByDescending(b => b.Author is null).ThenByDescending(b => b.Author?.Name, Ordinal).ThenBy(b => b.Id)),
            ["author born ASC"] = (
                "[{ author: { born: ASC } }]",
                books => books.OrderBy(b => b.Author?.Born is null).ThenBy(b => b.Author?.Born).ThenBy(b => b.Id)),
            ["author country DESC then born ASC"] = (
                "[{ author: { country: DESC, born: ASC } }]",
                books => books.OrderByDescending(b => b.Author?.Country is null).ThenByDescending(b => b.Author?.Country, Ordinal)
                    .ThenBy(b => b.Author?.Born is null).ThenBy(b => b.Author?.Born).ThenBy(b => b.Id)),
        };
}
