using GraphQL.Types;

namespace OpenCity.Server.Components;

/// <summary>GraphQL type of a nearest-first search result.</summary>
public sealed class NearbyComponentType : ObjectGraphType<NearbyComponent>
{
    public NearbyComponentType(ComponentLoaders components)
    {
        Name = "NearbyComponent";
        Description = "An asset found near a point, with how far away it is.";
        Field(x => x.DistanceMeters).Description(
            "The shortest distance in metres on the Earth's ellipsoid from the search point to the asset (0 if the point lies on or in it).");
        Field<NonNullGraphType<CityComponentType>>("component")
            .Description("The asset.")
            .Resolve(ctx => components.ById(ctx, ctx.Source.ComponentId));
    }
}
