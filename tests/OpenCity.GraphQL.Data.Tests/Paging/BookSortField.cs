using System.Linq.Expressions;
using OpenCity.GraphQL.Data.Sorting;
using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Paging;

/// <summary>A sortable field of a book with its LINQ-to-Objects twin, for oracles.</summary>
public sealed record BookSortField(string Name, LambdaExpression Key, Func<Book, object?> Value)
{
    public static IReadOnlyList<BookSortField> All { get; } =
    [
        Of("title", b => b.Title),
        Of("pages", b => b.Pages),
        Of("price", b => b.Price),
        Of("publishedAt", b => b.PublishedAt),
        Of("genre", b => b.Genre),
        Of("inPrint", b => b.InPrint),
        new("authorName", (Expression<Func<Book, string>>)(b => b.Author!.Name), b => b.Author?.Name),
        new("authorBorn", (Expression<Func<Book, DateOnly?>>)(b => b.Author!.Born), b => b.Author?.Born),
    ];

    public static BookSortField Named(string name) => All.Single(f => f.Name == name);

    /// <summary>The same key typed <c>Func&lt;Book, object&gt;</c>, as a sorting layer may build it.</summary>
    public LambdaExpression Boxed() => Expression.Lambda<Func<Book, object>>(Expression.Convert(Key.Body, typeof(object)), Key.Parameters);

    /// <summary>
    /// The order the pager promises: NULL largest; strings ordinal (SQLite's BINARY, PostgreSQL's C /
    /// C.UTF-8 collation); enums stored as text by name; ties broken by id.
    /// </summary>
    public static List<Book> Oracle(IEnumerable<Book> books, IReadOnlyList<(BookSortField Field, bool Descending)> order) =>
        [.. books.Order(Comparer<Book>.Create((x, y) =>
        {
            foreach (var (field, descending) in order)
            {
                var compared = CompareValues(field.Value(x), field.Value(y));
                if (compared != 0)
                {
                    return descending ? -compared : compared;
                }
            }

            return x.Id.CompareTo(y.Id);
        }))];

    public static List<SortKey<Book>> Keys(IReadOnlyList<(BookSortField Field, bool Descending)> order) =>
        [.. order.Select(o => new SortKey<Book>(o.Field.Key, o.Descending))];

    private static BookSortField Of<TKey>(string name, Expression<Func<Book, TKey>> key)
    {
        var compiled = key.Compile();
        return new BookSortField(name, key, b => compiled(b));
    }

    private static int CompareValues(object? x, object? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        (string a, string b) => string.CompareOrdinal(a, b),
        (Enum a, Enum b) => string.CompareOrdinal(a.ToString(), b.ToString()),
        _ => Comparer<object>.Default.Compare(x, y),
    };
}
