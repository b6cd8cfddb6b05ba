using GraphQL.Types;
using NetTopologySuite.Geometries;
using OpenCity.Domain.Components;
using OpenCity.Geospatial.Geodesy;
using OpenCity.GraphQL.Data.Projection;
using OpenCity.GraphQL.Data.Relay;
using OpenCity.GraphQL.Data.Spatial;
using OpenCity.GraphQL.Data.Types;
using OpenCity.Server.Departments;
using OpenCity.Server.Telemetry;
using OpenCity.Server.Units;

namespace OpenCity.Server.Components;

/// <summary>GraphQL type of a physical asset.</summary>
public sealed class CityComponentType : ObjectGraphType<CityComponent>
{
    /// <summary>The GraphQL name, which global ids of this type carry.</summary>
    public const string TypeName = "CityComponent";

    public CityComponentType(ComponentLoaders components, UnitLoaders units, DepartmentLoaders departments)
    {
        Name = TypeName;
        Description = "A physical asset of the city — a streetlight, a pipe segment, a building, a sensor … — with its place, state and owner.";
        Interface<NodeInterfaceType>();

        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Opaque global id; pass it to `node(id:)` to fetch this asset again.")
            .Reads("Code")
            .Resolve(ctx => new GlobalId(Name, ctx.Source.Code).ToString());
        Field(x => x.Code).Description("Stable public asset code, e.g. `SL-000123`.");
        Field(x => x.Name).Description("A human-readable name, e.g. the street it stands on.");
        Field<NonNullGraphType<ComponentKindType>>("kind").Description("What the asset is.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<InfrastructureDomainType>>("domain").Description("Which network or service it belongs to.").Resolve(ctx => ctx.Source.Domain);
        Field<NonNullGraphType<ComponentStatusType>>("status").Description("Whether it is working.").Resolve(ctx => ctx.Source.Status);
        Field(x => x.Version).Description("How many times it was changed; give it as `expectedVersion` when you change it, so that you never overwrite a change you have not seen.");
        Field<NonNullGraphType<GeoJsonGraphType>>("geometry")
            .Description("Where it is, as GeoJSON: a Point (e.g. a hydrant), a LineString (a pipe) or a Polygon (a building).")
            .Resolve(ctx => ctx.Source.Geometry);
        Field<FloatGraphType>("lengthMeters")
            .Description("For a line (a pipe, a cable) its length along the ground in metres, for an area (a building) its perimeter; empty for a point. Measured on the Earth's ellipsoid.")
            .Reads("Geometry")
            .Resolve(ctx => ctx.Source.Geometry is Point or MultiPoint ? null : Math.Round(GeodesicLength.Of(ctx.Source.Geometry), 2));
        Field<CalendarDateGraphType>("installedOn")
            .Description("When it was installed, if known.")
            .Resolve(ctx => ctx.Source.InstalledOn);
        Field<JsonGraphType>("attributes")
            .Description("Further facts that depend on the kind, as a JSON object, e.g. `{\"lampType\": \"LED\", \"wattage\": 40}`.")
            .Resolve(ctx => ctx.Source.Attributes);
        Field<NonNullGraphType<SensitivityType>>("sensitivity").Description("Who may see this asset.").Resolve(ctx => ctx.Source.Sensitivity);
        Field<DepartmentType>("owner")
            .Description("The department that owns and maintains it.")
            .Reads("OwnerId")
            .Resolve(ctx => ctx.Source.OwnerId is { } ownerId ? departments.ById(ctx, ownerId) : null);
        Field<GovernanceUnitType>("unit")
            .Description("The grid (smallest administrative area) it lies in; follow `parent` or `ancestors` for the larger areas.")
            .Reads("GridUnitId")
            .Resolve(ctx => ctx.Source.GridUnitId is { } gridId ? units.ById(ctx, gridId) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComponentLinkType>>>>("links")
            .Description("Its relations to other assets in the city's networks, in either direction.")
            .Reads("Id")
            .Resolve(ctx => components.Links(ctx, ctx.Source.Id));
        Field<ReadingType>("latestReading")
            .Description("The newest value it measured, for sensors and smart assets; empty for assets that measure nothing.")
            .Reads("Id")
            .Resolve(ctx => components.LatestReading(ctx, ctx.Source.Id));
    }
}
