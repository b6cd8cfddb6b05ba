using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenCity.Data.Migrations.Sqlite;

/// <inheritdoc />
public partial class Baseline : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "datasets",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                description = table.Column<string>(type: "TEXT", nullable: false),
                publisher = table.Column<string>(type: "TEXT", nullable: false),
                licence = table.Column<string>(type: "TEXT", nullable: false),
                update_frequency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                last_updated = table.Column<DateTime>(type: "TEXT", nullable: false),
                keywords = table.Column<string>(type: "TEXT", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_datasets", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "departments",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                domain = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                description = table.Column<string>(type: "TEXT", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_departments", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "governance_units",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                parent_id = table.Column<long>(type: "INTEGER", nullable: true),
                path = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false, collation: "NOCASE"),
                boundary = table.Column<byte[]>(type: "BLOB", nullable: false),
                area_square_meters = table.Column<double>(type: "REAL", nullable: false),
                centroid = table.Column<byte[]>(type: "BLOB", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_governance_units", x => x.id);
                table.ForeignKey(
                    name: "fk_governance_units_governance_units_parent_id",
                    column: x => x.parent_id,
                    principalTable: "governance_units",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "indicators",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                unit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                aggregation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                description = table.Column<string>(type: "TEXT", nullable: false),
                source = table.Column<string>(type: "TEXT", nullable: false),
                licence = table.Column<string>(type: "TEXT", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_indicators", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "responsibility_areas",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                department_id = table.Column<long>(type: "INTEGER", nullable: false),
                name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                area = table.Column<byte[]>(type: "BLOB", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_responsibility_areas", x => x.id);
                table.ForeignKey(
                    name: "fk_responsibility_areas_departments_department_id",
                    column: x => x.department_id,
                    principalTable: "departments",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "components",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                domain = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                geometry = table.Column<byte[]>(type: "BLOB", nullable: false),
                installed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                attributes = table.Column<string>(type: "TEXT", nullable: true),
                owner_id = table.Column<long>(type: "INTEGER", nullable: true),
                grid_unit_id = table.Column<long>(type: "INTEGER", nullable: true),
                sensitivity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_components", x => x.id);
                table.ForeignKey(
                    name: "fk_components_departments_owner_id",
                    column: x => x.owner_id,
                    principalTable: "departments",
                    principalColumn: "id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "fk_components_governance_units_grid_unit_id",
                    column: x => x.grid_unit_id,
                    principalTable: "governance_units",
                    principalColumn: "id",
                    onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "service_requests",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                description = table.Column<string>(type: "TEXT", nullable: false),
                location = table.Column<byte[]>(type: "BLOB", nullable: false),
                status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                department_id = table.Column<long>(type: "INTEGER", nullable: true),
                grid_unit_id = table.Column<long>(type: "INTEGER", nullable: true),
                submitted_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_service_requests", x => x.id);
                table.ForeignKey(
                    name: "fk_service_requests_departments_department_id",
                    column: x => x.department_id,
                    principalTable: "departments",
                    principalColumn: "id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "fk_service_requests_governance_units_grid_unit_id",
                    column: x => x.grid_unit_id,
                    principalTable: "governance_units",
                    principalColumn: "id",
                    onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "observations",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                indicator_id = table.Column<long>(type: "INTEGER", nullable: false),
                unit_id = table.Column<long>(type: "INTEGER", nullable: false),
                period = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                value = table.Column<double>(type: "REAL", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_observations", x => x.id);
                table.ForeignKey(
                    name: "fk_observations_governance_units_unit_id",
                    column: x => x.unit_id,
                    principalTable: "governance_units",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "fk_observations_indicators_indicator_id",
                    column: x => x.indicator_id,
                    principalTable: "indicators",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "component_links",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                from_component_id = table.Column<long>(type: "INTEGER", nullable: false),
                to_component_id = table.Column<long>(type: "INTEGER", nullable: false),
                kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_component_links", x => x.id);
                table.ForeignKey(
                    name: "fk_component_links_components_from_component_id",
                    column: x => x.from_component_id,
                    principalTable: "components",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "fk_component_links_components_to_component_id",
                    column: x => x.to_component_id,
                    principalTable: "components",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "readings",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                component_id = table.Column<long>(type: "INTEGER", nullable: false),
                metric = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                measured_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                value = table.Column<double>(type: "REAL", nullable: false),
                unit_of_measure = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_readings", x => x.id);
                table.ForeignKey(
                    name: "fk_readings_components_component_id",
                    column: x => x.component_id,
                    principalTable: "components",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "ix_component_links_from_component_id",
            table: "component_links",
            column: "from_component_id");

        migrationBuilder.CreateIndex(
            name: "ix_component_links_to_component_id",
            table: "component_links",
            column: "to_component_id");

        migrationBuilder.CreateIndex(
            name: "ix_components_code",
            table: "components",
            column: "code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_components_grid_unit_id",
            table: "components",
            column: "grid_unit_id");

        migrationBuilder.CreateIndex(
            name: "ix_components_kind",
            table: "components",
            column: "kind");

        migrationBuilder.CreateIndex(
            name: "ix_components_owner_id",
            table: "components",
            column: "owner_id");

        migrationBuilder.CreateIndex(
            name: "ix_components_status",
            table: "components",
            column: "status");

        migrationBuilder.CreateIndex(
            name: "ix_datasets_code",
            table: "datasets",
            column: "code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_departments_code",
            table: "departments",
            column: "code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_governance_units_code",
            table: "governance_units",
            column: "code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_governance_units_level",
            table: "governance_units",
            column: "level");

        migrationBuilder.CreateIndex(
            name: "ix_governance_units_parent_id",
            table: "governance_units",
            column: "parent_id");

        migrationBuilder.CreateIndex(
            name: "ix_governance_units_path",
            table: "governance_units",
            column: "path");

        migrationBuilder.CreateIndex(
            name: "ix_indicators_code",
            table: "indicators",
            column: "code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_observations_indicator_id_unit_id_period",
            table: "observations",
            columns: new[] { "indicator_id", "unit_id", "period" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_observations_unit_id",
            table: "observations",
            column: "unit_id");

        migrationBuilder.CreateIndex(
            name: "ix_readings_component_id_measured_at",
            table: "readings",
            columns: new[] { "component_id", "measured_at" });

        migrationBuilder.CreateIndex(
            name: "ix_responsibility_areas_department_id",
            table: "responsibility_areas",
            column: "department_id");

        migrationBuilder.CreateIndex(
            name: "ix_service_requests_code",
            table: "service_requests",
            column: "code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_service_requests_department_id",
            table: "service_requests",
            column: "department_id");

        migrationBuilder.CreateIndex(
            name: "ix_service_requests_grid_unit_id",
            table: "service_requests",
            column: "grid_unit_id");

        migrationBuilder.CreateIndex(
            name: "ix_service_requests_status",
            table: "service_requests",
            column: "status");

        // What EF Core cannot declare, from this migration's own model: see CustomSchema.
        migrationBuilder.CreateCustomSchema(TargetModel!);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropCustomSchema(TargetModel!);

        migrationBuilder.DropTable(
            name: "component_links");

        migrationBuilder.DropTable(
            name: "datasets");

        migrationBuilder.DropTable(
            name: "observations");

        migrationBuilder.DropTable(
            name: "readings");

        migrationBuilder.DropTable(
            name: "responsibility_areas");

        migrationBuilder.DropTable(
            name: "service_requests");

        migrationBuilder.DropTable(
            name: "indicators");

        migrationBuilder.DropTable(
            name: "components");

        migrationBuilder.DropTable(
            name: "departments");

        migrationBuilder.DropTable(
            name: "governance_units");
    }
}
