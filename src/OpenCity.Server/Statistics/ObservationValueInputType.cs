using GraphQL.Types;

namespace OpenCity.Server.Statistics;

/// <summary>GraphQL input of one grid's figure.</summary>
public sealed class ObservationValueInputType : InputObjectGraphType<ObservationValueInput>
{
    public ObservationValueInputType()
    {
        Name = "ObservationValueInput";
        Description = "The figure of one grid.";
        Field(x => x.Unit).Description("The grid's code, e.g. `NB-D02-S01-C03-G04`.");
        Field(x => x.Value).Description("The figure, in the statistic's unit.");
    }
}
