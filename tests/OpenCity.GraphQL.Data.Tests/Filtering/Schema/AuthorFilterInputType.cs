using OpenCity.GraphQL.Data.Filtering;
using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Filtering.Schema;

public sealed class AuthorFilterInputType : FilterInputType<Author>
{
    public AuthorFilterInputType()
    {
        Description = "Conditions on an author.";
        Field(a => a.Name, "The author's name.");
        Field(a => a.Country, "The author's country code, if known.");
        Field(a => a.Born, "The author's date of birth, if known.");
    }
}
