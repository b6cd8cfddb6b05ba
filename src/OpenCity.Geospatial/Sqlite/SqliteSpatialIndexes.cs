using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OpenCity.Geospatial.Sqlite;

/// <summary>The DDL of the R*Tree indexes <see cref="SqliteSpatialModelBuilderExtensions.UseSqliteSpatial"/> declares.</summary>
public static class SqliteSpatialIndexes
{
    /// <summary>The R*Tree row values of a geometry: its envelope's edges in the table's column order.</summary>
    private static string Envelope(string geometry) =>
        $"opencity_min_x({geometry}), opencity_max_x({geometry}), opencity_min_y({geometry}), opencity_max_y({geometry})";

    /// <summary>The R*Tree tables of the model: dropped with the tables they index.</summary>
    public static IEnumerable<string> TableNames(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.GetEntityTypes().Where(e => e.ClrType == typeof(SpatialIndexEntry)).Select(e => e.GetTableName()!);
    }

    /// <summary>Statements that drop the R*Tree tables (and with them their triggers) of a model, its own or a migration's.</summary>
    public static IEnumerable<string> DropStatements(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return
            from entityType in model.GetEntityTypes()
            from property in entityType.GetProperties()
            let index = property.SpatialIndex(model)
            where index is not null
            select $"DROP TABLE IF EXISTS \"{index.GetTableName()}\"";
    }

    /// <summary>
    /// Idempotent statements that create each R*Tree, the triggers that keep it equal to its table
    /// and fill it with the rows it lacks (a database made before the index included). They call
    /// the envelope functions, so they run on a connection with the spatial functions registered
    /// (every connection of a context using <see cref="SpatialDbContextOptionsBuilderExtensions.UseSqliteSpatial"/>).
    /// </summary>
    public static IEnumerable<string> CreateStatements(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var entityType in model.GetEntityTypes())
        {
            var table = entityType.GetTableName();
            foreach (var property in entityType.GetProperties())
            {
                if (table is null || property.SpatialIndex(model) is not { } index)
                {
                    continue;
                }

                var rtree = index.GetTableName()!;
                var column = property.GetColumnName();
                var id = entityType.FindPrimaryKey()!.Properties[0].GetColumnName();
                var envelope = Envelope($"new.\"{column}\"");
                yield return $"CREATE VIRTUAL TABLE IF NOT EXISTS \"{rtree}\" USING rtree(id, min_x, max_x, min_y, max_y)";
                yield return $"""
                    CREATE TRIGGER IF NOT EXISTS "{rtree}_insert" AFTER INSERT ON "{table}" WHEN new."{column}" IS NOT NULL
                    BEGIN INSERT INTO "{rtree}" VALUES (new."{id}", {envelope}); END
                    """;
                yield return $"""
                    CREATE TRIGGER IF NOT EXISTS "{rtree}_update" AFTER UPDATE OF "{column}", "{id}" ON "{table}"
                    BEGIN
                      DELETE FROM "{rtree}" WHERE id = old."{id}";
                      INSERT INTO "{rtree}" SELECT new."{id}", {envelope} WHERE new."{column}" IS NOT NULL;
                    END
                    """;
                yield return $"""
                    CREATE TRIGGER IF NOT EXISTS "{rtree}_delete" AFTER DELETE ON "{table}"
                    BEGIN DELETE FROM "{rtree}" WHERE id = old."{id}"; END
                    """;
                yield return $"""
                    INSERT INTO "{rtree}"
                    SELECT "{id}", {Envelope($"\"{column}\"")}
                    FROM "{table}" AS t
                    WHERE "{column}" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "{rtree}" AS r WHERE r.id = t."{id}")
                    """;
            }
        }
    }
}
