namespace OpenCity.GraphQL.Data.Tests.Library;

public sealed class Author
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public string? Country { get; set; }

    public DateOnly? Born { get; set; }

    public List<Book> Books { get; set; } = [];
}
