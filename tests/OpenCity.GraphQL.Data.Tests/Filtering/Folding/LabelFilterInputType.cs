using OpenCity.GraphQL.Data.Filtering;

namespace OpenCity.GraphQL.Data.Tests.Filtering.Folding;

public sealed class LabelFilterInputType : FilterInputType<Label>
{
    public LabelFilterInputType()
    {
        Description = "Conditions on a label.";
        Field(l => l.Text, "The label's text.");
    }
}
