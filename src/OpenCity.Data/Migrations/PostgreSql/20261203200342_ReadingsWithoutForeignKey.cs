using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenCity.Data.Migrations.PostgreSql;

/// <summary>
/// Drops the constraint of <c>readings.component_id</c>: its check was about 40 % of the cost of
/// ingesting a reading, and it guards nothing the writers do not already check — every path that
/// adds readings looks its component up (and authorises it) first, and components are never
/// deleted (retiring only changes their status). The model keeps the relationship (and the
/// snapshot with it), so queries still join through it and no later migration adds it back.
/// </summary>
public partial class ReadingsWithoutForeignKey : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropForeignKey(
            name: "fk_readings_components_component_id",
            table: "readings");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddForeignKey(
            name: "fk_readings_components_component_id",
            table: "readings",
            column: "component_id",
            principalTable: "components",
            principalColumn: "id",
            onDelete: ReferentialAction.Cascade);
    }
}
