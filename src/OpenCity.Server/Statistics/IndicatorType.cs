using GraphQL.Types;
using OpenCity.Domain.Statistics;
using OpenCity.GraphQL.Data.Projection;
using OpenCity.GraphQL.Data.Relay;

namespace OpenCity.Server.Statistics;

/// <summary>GraphQL type of a published statistic.</summary>
public sealed class IndicatorType : ObjectGraphType<Indicator>
{
    /// <summary>The GraphQL name, which global ids of this type carry.</summary>
    public const string TypeName = "Indicator";

    public IndicatorType()
    {
        Name = TypeName;
        Description = "A statistic the city publishes for its areas, e.g. population or energy use.";
        Interface<NodeInterfaceType>();

        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Opaque global id; pass it to `node(id:)` to fetch this indicator again.")
            .Reads("Code")
            .Resolve(ctx => new GlobalId(Name, ctx.Source.Code).ToString());
        Field(x => x.Code).Description("Stable public code, e.g. `population`.");
        Field(x => x.Name).Description("The indicator's name.");
        Field(x => x.Unit).Description("The unit its values are in, e.g. `persons`, `MWh`, `%`.");
        Field<NonNullGraphType<AggregationMethodType>>("aggregation")
            .Description("How values of smaller areas combine into a larger area's value.")
            .Resolve(ctx => ctx.Source.Aggregation);
        Field(x => x.Description).Description("What the indicator measures and how.");
        Field(x => x.Source).Description("Who produces the figures.");
        Field(x => x.Licence).Description("The licence the figures are published under, e.g. `CC-BY-4.0`.");
    }
}
