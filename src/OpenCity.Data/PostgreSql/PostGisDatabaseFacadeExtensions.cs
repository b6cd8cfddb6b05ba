using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace OpenCity.Data.PostgreSql;

/// <summary>Schema steps only PostgreSQL needs.</summary>
internal static class PostGisDatabaseFacadeExtensions
{
    public static async Task<bool> PostgreSqlTableExistsAsync(this DatabaseFacade database, string table, CancellationToken cancellationToken) =>
        await database.SqlQuery<bool>($"SELECT to_regclass(quote_ident({table})) IS NOT NULL AS \"Value\"").SingleAsync(cancellationToken);
}
