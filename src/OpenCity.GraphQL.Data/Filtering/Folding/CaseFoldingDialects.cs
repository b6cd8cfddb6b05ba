using Microsoft.EntityFrameworkCore.Storage;

namespace OpenCity.GraphQL.Data.Filtering.Folding;

internal static class CaseFoldingDialects
{
    /// <summary>Which translation a context's database provider gets, by the provider's name (no reference to its package needed).</summary>
    public static CaseFoldingDialect Of(IDatabaseProvider provider) => provider.Name switch
    {
        "Npgsql.EntityFrameworkCore.PostgreSQL" => CaseFoldingDialect.PostgreSql,
        "Microsoft.EntityFrameworkCore.Sqlite" => CaseFoldingDialect.Sqlite,
        _ => CaseFoldingDialect.None,
    };
}
