using OpenCity.GraphQL.Data.Filtering;
using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Filtering.Schema;

public sealed class ReviewFilterInputType : FilterInputType<Review>
{
    public ReviewFilterInputType()
    {
        Description = "Conditions on a review.";
        Field(r => r.Stars, "Stars given, 1 to 5.");
        Field(r => r.Text, "The review's text, if any.");
    }
}
