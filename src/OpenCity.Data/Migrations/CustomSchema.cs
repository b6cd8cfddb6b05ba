using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCity.Data.Configurations;
using OpenCity.Data.PostgreSql;
using OpenCity.Geospatial.PostGis;
using OpenCity.Geospatial.Sqlite;

namespace OpenCity.Data.Migrations;

/// <summary>
/// The parts of the schema EF Core cannot declare (keyset and case-folded expression indexes,
/// PostGIS geography indexes, SQLite R*Tree tables and their triggers), as idempotent statements
/// generated from a model's annotations. Migrations emit them from their own target model, so a
/// migration keeps creating what it created when it was written, whatever the model becomes later.
/// A later migration that adds such an index emits this again (existing ones are skipped), as must
/// one that makes SQLite rebuild a table (EF Core's table rebuild loses the table's triggers and
/// expression indexes).
/// </summary>
internal static class CustomSchema
{
    public static IReadOnlyList<string> Statements(IModel model, bool postgreSql) => postgreSql
        ? [.. model.KeysetIndexes().Concat(PostGisGeographyIndexes.Indexes(model)).Concat(PostgreSqlCaseInsensitiveIndexes.Indexes(model)).Select(index => index.Create)]
        : [.. model.KeysetIndexes().Select(index => index.Create).Concat(SqliteSpatialIndexes.CreateStatements(model))];

    /// <summary>Emits <see cref="Statements"/> for the migration's provider.</summary>
    public static MigrationBuilder CreateCustomSchema(this MigrationBuilder migrationBuilder, IModel model)
    {
        foreach (var statement in Statements(model, migrationBuilder.IsNpgsql()))
        {
            migrationBuilder.Sql(statement);
        }

        return migrationBuilder;
    }

    /// <summary>
    /// Drops what dropping the tables does not: SQLite's R*Tree tables (everything else is an index
    /// or trigger of a table and goes with it).
    /// </summary>
    public static MigrationBuilder DropCustomSchema(this MigrationBuilder migrationBuilder, IModel model)
    {
        if (migrationBuilder.IsSqlite())
        {
            foreach (var statement in SqliteSpatialIndexes.DropStatements(model))
            {
                migrationBuilder.Sql(statement);
            }
        }

        return migrationBuilder;
    }
}
