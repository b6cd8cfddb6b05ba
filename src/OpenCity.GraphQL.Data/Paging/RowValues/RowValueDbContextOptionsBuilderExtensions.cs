using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace OpenCity.GraphQL.Data.Paging.RowValues;

/// <summary>Turns on <see cref="RowValue"/> comparisons for a context.</summary>
public static class RowValueDbContextOptionsBuilderExtensions
{
    /// <summary>
    /// Translates <see cref="RowValue"/> comparisons, which keyset paging then uses to seek past a
    /// cursor through an index. Only for databases with SQL row-value comparisons (PostgreSQL,
    /// SQLite 3.15 and later, MySQL); without this call the pager seeks with plain comparisons,
    /// which every database understands.
    /// </summary>
    public static DbContextOptionsBuilder UseRowValueComparisons(this DbContextOptionsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(
            builder.Options.FindExtension<RowValueOptionsExtension>() ?? new RowValueOptionsExtension());
        return builder;
    }

    /// <inheritdoc cref="UseRowValueComparisons(DbContextOptionsBuilder)"/>
    public static DbContextOptionsBuilder<TContext> UseRowValueComparisons<TContext>(this DbContextOptionsBuilder<TContext> builder)
        where TContext : DbContext =>
        (DbContextOptionsBuilder<TContext>)((DbContextOptionsBuilder)builder).UseRowValueComparisons();

    /// <summary>Whether the context translates <see cref="RowValue"/> comparisons.</summary>
    public static bool UsesRowValueComparisons(this DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetService<IDbContextOptions>().FindExtension<RowValueOptionsExtension>() is not null;
    }
}
