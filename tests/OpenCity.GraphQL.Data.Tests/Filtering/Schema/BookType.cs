using GraphQL.Types;
using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Filtering.Schema;

public sealed class BookType : ObjectGraphType<Book>
{
    public BookType()
    {
        Name = "Book";
        Description = "A book in the library.";
        Field(b => b.Id).Description("The book's number.");
        Field(b => b.Title).Description("The title.");
    }
}
