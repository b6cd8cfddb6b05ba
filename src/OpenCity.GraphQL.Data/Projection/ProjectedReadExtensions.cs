using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace OpenCity.GraphQL.Data.Projection;

/// <summary>Reads the one object a field returns, with only the columns the query selects.</summary>
public static class ProjectedReadExtensions
{
    /// <param name="contexts">Where to get a short-lived context.</param>
    /// <param name="context">The field being resolved; its selection decides the columns.</param>
    /// <param name="query">The object's query; the first row is returned, or null.</param>
    /// <param name="keyMember">The key the object's fields need whatever is selected (e.g. for its id).</param>
    public static async Task<T?> FirstProjectedAsync<TContext, T>(
        this IDbContextFactory<TContext> contexts,
        IResolveFieldContext context,
        Func<TContext, IQueryable<T>> query,
        string keyMember)
        where TContext : DbContext
        where T : class
    {
        await using var db = await contexts.CreateDbContextAsync(context.CancellationToken);
        return await query(db).Select(EntityProjection.For<T>(context, keyMember)).FirstOrDefaultAsync(context.CancellationToken);
    }
}
