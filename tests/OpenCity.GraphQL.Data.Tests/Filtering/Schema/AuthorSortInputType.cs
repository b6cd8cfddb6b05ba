using OpenCity.GraphQL.Data.Sorting;
using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Filtering.Schema;

public sealed class AuthorSortInputType : SortInputType<Author>
{
    public AuthorSortInputType()
    {
        Description = "How to sort by an author.";
        Field(a => a.Name, "By name.");
        Field(a => a.Country, "By country code.");
        Field(a => a.Born, "By date of birth.");
    }
}
