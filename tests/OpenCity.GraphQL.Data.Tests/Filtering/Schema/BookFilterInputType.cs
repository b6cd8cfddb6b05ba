using OpenCity.GraphQL.Data.Filtering;
using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Filtering.Schema;

public sealed class BookFilterInputType : FilterInputType<Book>
{
    public BookFilterInputType()
    {
        Description = "Conditions on a book.";
        Field(b => b.Id, "The book's number.");
        Field(b => b.Title, "The title.");
        Field(b => b.Pages, "The number of pages.");
        Field(b => b.Price, "The price in euros, if known.");
        Field(b => b.PublishedAt, "When the book was published.");
        Field(b => b.InPrint, "Whether the book can still be bought new.");
        Field<GenreType>(b => b.Genre, "The kind of book.");
        Field<AuthorFilterInputType>(b => b.Author, "The book's author.");
        List<ReviewFilterInputType>(b => b.Reviews, "The book's reviews.");
    }
}
