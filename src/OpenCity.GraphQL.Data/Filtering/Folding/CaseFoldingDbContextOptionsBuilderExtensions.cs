using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace OpenCity.GraphQL.Data.Filtering.Folding;

/// <summary>Turns on the single-call SQL translation of <see cref="CaseFolding"/> for a context.</summary>
public static class CaseFoldingDbContextOptionsBuilderExtensions
{
    /// <summary>
    /// Translates <see cref="CaseFolding.Fold(string)"/>, and the folding of the <c>…IgnoreCase</c>
    /// filter operations, to a single SQL expression per folded value: <c>translate(lower(x COLLATE "C"), 'À…Þ', 'à…þ')</c> on
    /// PostgreSQL, which an expression index on the same expression can serve, and <c>opencity_fold(x)</c>
    /// on SQLite, a function this registers on every connection. On other databases, and without
    /// this call, filters fold with nested <c>replace()</c>, which every database understands.
    /// </summary>
    public static DbContextOptionsBuilder UseCaseFolding(this DbContextOptionsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(
            builder.Options.FindExtension<CaseFoldingOptionsExtension>() ?? new CaseFoldingOptionsExtension());
        return builder;
    }

    /// <inheritdoc cref="UseCaseFolding(DbContextOptionsBuilder)"/>
    public static DbContextOptionsBuilder<TContext> UseCaseFolding<TContext>(this DbContextOptionsBuilder<TContext> builder)
        where TContext : DbContext =>
        (DbContextOptionsBuilder<TContext>)((DbContextOptionsBuilder)builder).UseCaseFolding();
}
