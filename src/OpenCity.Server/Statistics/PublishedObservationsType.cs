using GraphQL.Types;

namespace OpenCity.Server.Statistics;

/// <summary>GraphQL type of <see cref="PublishedObservations"/>.</summary>
public sealed class PublishedObservationsType : ObjectGraphType<PublishedObservations>
{
    public PublishedObservationsType()
    {
        Name = "PublishedObservations";
        Description = "The figures as now stored; the combined figures of larger areas (`observationAggregate`) follow from them at once.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObservationType>>>>("observations").Description("Each published figure.").Resolve(ctx => ctx.Source.Observations);
        Field(x => x.Created).Description("How many figures are new.");
        Field(x => x.Updated).Description("How many replaced an earlier figure.");
    }
}
