using GraphQL.Types;
using OpenCity.Domain.Departments;
using OpenCity.GraphQL.Data.Spatial;

namespace OpenCity.Server.Departments;

/// <summary>GraphQL type of a department's area.</summary>
public sealed class ResponsibilityAreaType : ObjectGraphType<ResponsibilityArea>
{
    public ResponsibilityAreaType()
    {
        Name = "ResponsibilityArea";
        Description = "An area a department answers for. Areas of different departments may overlap and need not follow district lines.";
        Field(x => x.Name).Description("The area's name, e.g. `Water service zone North`.");
        Field<NonNullGraphType<GeoJsonGraphType>>("area").Description("The area's outline as a GeoJSON MultiPolygon.").Resolve(ctx => ctx.Source.Area);
    }
}
