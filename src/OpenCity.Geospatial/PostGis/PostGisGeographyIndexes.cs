using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using NetTopologySuite.Geometries;

namespace OpenCity.Geospatial.PostGis;

/// <summary>
/// GiST indexes on <c>(column::geography)</c>: PostGIS serves the metre-based
/// <see cref="Querying.Geodesic"/> searches (<c>ST_DWithin</c>, <c>&lt;-&gt;</c> on geography) from
/// an index on that expression, not from the geometry column's own index. EF Core cannot
/// declare expression indexes, hence these statements.
/// </summary>
public static class PostGisGeographyIndexes
{
    /// <summary>One index per geometry column of the model: its name and an idempotent <c>CREATE INDEX IF NOT EXISTS</c>.</summary>
    public static IEnumerable<(string Name, string Create)> Indexes(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return
            from entityType in model.GetEntityTypes()
            let table = entityType.GetTableName()
            where table is not null
            from property in entityType.GetProperties()
            where typeof(Geometry).IsAssignableFrom(property.ClrType)
            let column = property.GetColumnName()
            let name = $"ix_{table}_{column}_geography"
            select (name, $"CREATE INDEX IF NOT EXISTS \"{name}\" ON \"{table}\" USING gist ((\"{column}\"::geography))");
    }
}
