using GraphQL;
using GraphQL.Types;
using OpenCity.Domain.Components;
using OpenCity.Domain.Governance;
using OpenCity.Geospatial.Geodesy;
using OpenCity.GraphQL.Data.Cost;
using OpenCity.GraphQL.Data.Errors;
using OpenCity.GraphQL.Data.Filtering;
using OpenCity.GraphQL.Data.Paging;
using OpenCity.GraphQL.Data.Projection;
using OpenCity.GraphQL.Data.Relay;
using OpenCity.GraphQL.Data.Sorting;
using OpenCity.GraphQL.Data.Spatial;
using OpenCity.GraphQL.Data.Types;
using OpenCity.Server.Components;

namespace OpenCity.Server.Units;

/// <summary>GraphQL type of an administrative area.</summary>
public sealed class GovernanceUnitType : ObjectGraphType<GovernanceUnit>
{
    /// <summary>The GraphQL name, which global ids of this type carry.</summary>
    public const string TypeName = "GovernanceUnit";

    /// <summary>How many areas can lie above one: every tier but the grid's own.</summary>
    private static readonly int GovernanceLevels = Enum.GetValues<GovernanceLevel>().Length - 1;

    /// <summary>A tolerance beyond which a city's outlines would collapse to a few points.</summary>
    private const double MaxSimplifyMeters = 10_000;

    public GovernanceUnitType(UnitLoaders units)
    {
        Name = TypeName;
        Description = "An administrative area of the city: the city itself, a district, a street (sub-district) area, "
            + "a community or a grid. Each lies inside its parent, and its children cover it without gaps or overlaps.";
        Interface<NodeInterfaceType>();

        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Opaque global id; pass it to `node(id:)` to fetch this area again.")
            .Resolve(ctx => new GlobalId(Name, ctx.Source.Id).ToString());
        Field(x => x.Code).Description("Stable public code, e.g. `NB-D02`; codes of lower tiers extend their parent's.");
        Field(x => x.Name).Description("The area's name.");
        Field<NonNullGraphType<GovernanceLevelType>>("level")
            .Description("Which tier of the hierarchy the area belongs to.")
            .Resolve(ctx => ctx.Source.Level);
        Field<GovernanceUnitType>("parent")
            .Description("The area this one lies in; empty for the city.")
            .Reads("ParentId")
            .Resolve(ctx => ctx.Source.ParentId is { } parentId ? units.ById(ctx, parentId) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GovernanceUnitType>>>>("children")
            .Description("The areas one tier down that together make up this one, by code unless `order` says otherwise; `where` keeps only some.")
            .WithFilterArgument(typeof(GovernanceUnitFilterInputType))
            .WithSortArgument(typeof(GovernanceUnitSortInputType))
            .Reads("Id")
            .Resolve(ctx => units.Children(ctx, ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GovernanceUnitType>>>>("ancestors")
            .Description("The areas this one lies in, from the city down to its parent.")
            .Reads("Path")
            .ListSize(GovernanceLevels)
            .Resolve(ctx => units.Ancestors(ctx, ctx.Source));
        Field<NonNullGraphType<GeoJsonGraphType>>("boundary")
            .Description("The area's outline as a GeoJSON MultiPolygon, ready for a map.")
            .Argument<FloatGraphType>(
                "simplifyMeters",
                "Draw the outline with fewer points for a map at this scale: points that lie within this many metres of the simplified line are dropped, and the outline never crosses itself or loses a hole. Leave it out for the exact outline; at most 10,000.")
            .Resolve(ctx => ctx.GetArgument<double?>("simplifyMeters") switch
            {
                null => ctx.Source.Boundary,
                double meters and >= 0 and <= MaxSimplifyMeters => MetricSimplifier.Simplify(ctx.Source.Boundary, meters),
                var meters => throw new DataLayerError(
                    UnitErrorCodes.InvalidSimplification,
                    FormattableString.Invariant($"simplifyMeters must be between 0 and 10,000 metres, not {meters}.")),
            });
        Field(x => x.AreaSquareMeters).Description("The area's size in square metres, measured on the Earth's ellipsoid.");
        Field<NonNullGraphType<GeoJsonGraphType>>("centroid")
            .Description("A GeoJSON Point at the area's centre (inside the area), e.g. for a map label.")
            .Resolve(ctx => ctx.Source.Centroid);
        Field<NonNullGraphType<ConnectionType<CityComponentType, CityComponent>>>("components")
            .Description("The public physical assets inside this area, including those of all the areas below it; filter them with `where`, order them with `order`.")
            .WithFilterArgument(typeof(CityComponentFilterInputType))
            .WithSortArgument(typeof(CityComponentSortInputType))
            .WithPagingArguments()
            .Reads("Path")
            .Resolve(ctx => units.Components(ctx, ctx.Source));
    }
}
