using GraphQL.Types;
using OpenCity.GraphQL.Data.Spatial;

namespace OpenCity.Server.ServiceRequests;

/// <summary>GraphQL input of <c>submitServiceRequest</c>.</summary>
public sealed class SubmitServiceRequestInputType : InputObjectGraphType<SubmitServiceRequestInput>
{
    public SubmitServiceRequestInputType()
    {
        Name = "SubmitServiceRequestInput";
        Description = "A problem to report: what kind, what you see, and where.";
        Field(x => x.Category).Description("The kind of problem, one of `serviceRequestCategories`' codes, e.g. `water_leak`.");
        Field(x => x.Description).Description("What you see, in a few words (at most 2,000 characters by default). Only the department that deals with it and admins can read it.");
        Field<NonNullGraphType<GeoJsonGraphType>>("location").Description("Where the problem is, as a GeoJSON Point, e.g. `{\"type\": \"Point\", \"coordinates\": [-2.1, 54.55]}`. The public sees it only rounded to about 50 m.");
        Field(x => x.IdempotencyKey, nullable: true).Description("Any unique text you choose for this report (at most 128 characters), e.g. a UUID. Send the same report again with the same key — after a lost connection, say — and you get the first answer again instead of a second report.");
    }
}
