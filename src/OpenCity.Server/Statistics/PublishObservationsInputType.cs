using GraphQL.Types;

namespace OpenCity.Server.Statistics;

/// <summary>GraphQL input of <c>publishObservations</c>.</summary>
public sealed class PublishObservationsInputType : InputObjectGraphType<PublishObservationsInput>
{
    public PublishObservationsInputType()
    {
        Name = "PublishObservationsInput";
        Description = "One statistic's figures for one period, grid by grid.";
        Field(x => x.Indicator).Description("The statistic's code, e.g. `population`; `indicators` lists them.");
        Field(x => x.Period).Description("The period: a year (`2025`), a quarter (`2025-Q3`) or a month (`2025-09`).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObservationValueInputType>>>>("values")
            .Description("The figures, one per grid; a grid given again replaces its earlier figure for the period.");
    }
}
