namespace OpenCity.GraphQL.Data.Tests.Library;

/// <summary>
/// A deterministic library with the awkward cases query layers get wrong: nulls in every nullable
/// column, duplicate sort values, mixed-case and accented titles, books without an author or reviews.
/// </summary>
public static class LibraryData
{
    private static readonly string[] Words = ["river", "Stone", "light", "Ärger", "night", "north", "Glass", "ember", "salt", "willow", "iron", "Quiet"];
    private static readonly string[] Countries = ["NO", "FR", "DE", "GB"];

    public static (List<Author> Authors, List<Book> Books) Create()
    {
        var random = new Random(20261130);
        var authors = Enumerable.Range(1, 40).Select(i => new Author
        {
            Id = i,
            Name = $"{Words[i % Words.Length]} {Words[(i * 7) % Words.Length]} {i % 9}",
            Country = i % 5 == 0 ? null : Countries[i % Countries.Length],
            Born = i % 6 == 0 ? null : new DateOnly(1900 + (i * 3 % 100), 1 + (i % 12), 1 + (i % 28)),
        }).ToList();

        var books = new List<Book>();
        var reviewId = 1L;
        for (var i = 1; i <= 400; i++)
        {
            var book = new Book
            {
                Id = i,
                Title = $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]}",
                Pages = 50 + random.Next(20) * 25,
                Price = random.Next(7) == 0 ? null : Math.Round(5 + random.NextDouble() * 40, 2),
                PublishedAt = new DateTime(1950, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(random.Next(27_000)).AddHours(random.Next(24)),
                InPrint = random.Next(3) != 0,
                Genre = (Genre)random.Next(4),
                AuthorId = random.Next(10) == 0 ? null : 1 + random.Next(authors.Count),
            };
            for (var r = random.Next(4); r > 0; r--)
            {
                book.Reviews.Add(new Review { Id = reviewId++, BookId = i, Stars = 1 + random.Next(5), Text = random.Next(3) == 0 ? null : "ok" });
            }

            books.Add(book);
        }

        return (authors, books);
    }
}
