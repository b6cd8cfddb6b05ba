using OpenCity.GraphQL.Data.Sorting;
using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Filtering.Schema;

public sealed class BookSortInputType : SortInputType<Book>
{
    public BookSortInputType()
    {
        Description = "How to sort books.";
        Field(b => b.Title, "By title.");
        Field(b => b.Pages, "By number of pages.");
        Field(b => b.Price, "By price.");
        Field(b => b.PublishedAt, "By publication time.");
        Field(b => b.InPrint, "By whether the book is in print.");
        Field(b => b.Genre, "By kind of book.");
        Field<AuthorSortInputType>(b => b.Author, "By the author.");
    }
}
