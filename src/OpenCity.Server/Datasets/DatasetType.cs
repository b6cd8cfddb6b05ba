using GraphQL.Types;
using OpenCity.Domain.Datasets;

namespace OpenCity.Server.Datasets;

/// <summary>GraphQL type of open-data metadata.</summary>
public sealed class DatasetType : ObjectGraphType<Dataset>
{
    public DatasetType()
    {
        Name = "Dataset";
        Description = "Catalogue entry of one published collection: what it is, who publishes it, under which licence, how fresh it is.";
        Field(x => x.Code).Description("Stable public code, e.g. `components`.");
        Field(x => x.Title).Description("The collection's title.");
        Field(x => x.Description).Description("What the collection holds.");
        Field(x => x.Publisher).Description("Who publishes it.");
        Field(x => x.Licence).Description("The licence it is published under, e.g. `CC-BY-4.0`.");
        Field(x => x.UpdateFrequency).Description("How often it is refreshed, e.g. `daily`, `continuous`.");
        Field<NonNullGraphType<DateTimeGraphType>>("lastUpdated")
            .Description("When it was last updated (ISO 8601, UTC).")
            .Resolve(ctx => ctx.Source.LastUpdated);
        Field(x => x.Keywords).Description("Keywords to find it by.");
    }
}
