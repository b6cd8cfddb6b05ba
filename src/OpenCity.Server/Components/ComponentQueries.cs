using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenCity.Data;
using OpenCity.Domain.Components;
using OpenCity.GraphQL.Data.Paging;
using OpenCity.GraphQL.Data.Projection;
using OpenCity.Server.Schema;

namespace OpenCity.Server.Components;

/// <summary>Root fields for physical assets.</summary>
public sealed class ComponentQueries(
    IDbContextFactory<OpenCityDbContext> contexts, KeysetPager<OpenCityDbContext> pager, NearestComponents nearest) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<CityComponentType>("component")
            .Description("One physical asset by its code, e.g. `SL-000123`; empty if there is no public asset with that code.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The asset's code.")
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>("code");
                return await contexts.FirstProjectedAsync(
                    ctx, db => db.Components.Where(c => c.Code == code), nameof(CityComponent.Id));
            });

        query.Connection<OpenCityDbContext, CityComponentType, CityComponent>(
                "components", pager, typeof(CityComponentFilterInputType), typeof(CityComponentSortInputType), c => c.Id,
                _ => db => db.Components)
            .Description("All public physical assets of the city, a page at a time; filter them with `where`, order them with `order`.");

        nearest.AddTo(query);
    }
}
