namespace OpenCity.GraphQL.Data.Tests.Library;

public sealed class Book
{
    public long Id { get; set; }

    public required string Title { get; set; }

    public int Pages { get; set; }

    public double? Price { get; set; }

    public DateTime PublishedAt { get; set; }

    public bool InPrint { get; set; }

    public Genre Genre { get; set; }

    public long? AuthorId { get; set; }

    public Author? Author { get; set; }

    public List<Review> Reviews { get; set; } = [];
}
