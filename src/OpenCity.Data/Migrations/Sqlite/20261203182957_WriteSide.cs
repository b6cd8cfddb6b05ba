using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenCity.Data.Migrations.Sqlite;

/// <inheritdoc />
public partial class WriteSide : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "ix_readings_component_id_measured_at",
            table: "readings");

        migrationBuilder.DropIndex(
            name: "ix_component_links_from_component_id",
            table: "component_links");

        migrationBuilder.AddColumn<byte[]>(
            name: "public_location",
            table: "service_requests",
            type: "BLOB",
            nullable: true);

        migrationBuilder.AddColumn<int>(
            name: "report_count",
            table: "service_requests",
            type: "INTEGER",
            nullable: false,
            defaultValue: 1);

        migrationBuilder.AddColumn<long>(
            name: "version",
            table: "service_requests",
            type: "INTEGER",
            nullable: false,
            defaultValue: 0L);

        migrationBuilder.AddColumn<long>(
            name: "version",
            table: "components",
            type: "INTEGER",
            nullable: false,
            defaultValue: 0L);

        migrationBuilder.CreateTable(
            name: "audit_log",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                department_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                operation = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                entity_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                entity_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                before = table.Column<string>(type: "TEXT", nullable: true),
                after = table.Column<string>(type: "TEXT", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_audit_log", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "outbox",
            columns: table => new
            {
                sequence = table.Column<long>(type: "INTEGER", nullable: false),
                type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                payload = table.Column<string>(type: "TEXT", nullable: false),
                occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                dispatched_at = table.Column<DateTime>(type: "TEXT", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_outbox", x => x.sequence);
            });

        migrationBuilder.CreateTable(
            name: "service_request_categories",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                domain = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_service_request_categories", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "service_request_submissions",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                service_request_id = table.Column<long>(type: "INTEGER", nullable: false),
                idempotency_key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                attached = table.Column<bool>(type: "INTEGER", nullable: false),
                description = table.Column<string>(type: "TEXT", nullable: false),
                location = table.Column<byte[]>(type: "BLOB", nullable: false),
                submitted_at = table.Column<DateTime>(type: "TEXT", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_service_request_submissions", x => x.id);
                table.ForeignKey(
                    name: "fk_service_request_submissions_service_requests_service_request",
                    column: x => x.service_request_id,
                    principalTable: "service_requests",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "ix_readings_component_id_measured_at_metric",
            table: "readings",
            columns: new[] { "component_id", "measured_at", "metric" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_component_links_from_component_id_to_component_id_kind",
            table: "component_links",
            columns: new[] { "from_component_id", "to_component_id", "kind" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_audit_log_entity_type_entity_code",
            table: "audit_log",
            columns: new[] { "entity_type", "entity_code" });

        migrationBuilder.CreateIndex(
            name: "ix_audit_log_occurred_at",
            table: "audit_log",
            column: "occurred_at");

        migrationBuilder.CreateIndex(
            name: "ix_outbox_dispatched_at_sequence",
            table: "outbox",
            columns: new[] { "dispatched_at", "sequence" });

        migrationBuilder.CreateIndex(
            name: "ix_service_request_categories_code",
            table: "service_request_categories",
            column: "code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_service_request_submissions_idempotency_key",
            table: "service_request_submissions",
            column: "idempotency_key",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_service_request_submissions_service_request_id",
            table: "service_request_submissions",
            column: "service_request_id");


        // The new geometry columns' spatial indexes (PostGIS geography indexes, SQLite R*Trees).
        migrationBuilder.CreateCustomSchema(TargetModel!);

        // The audit trail is append-only in the database itself, whatever code runs against it.
        migrationBuilder.Sql("CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;");
        migrationBuilder.Sql("CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "audit_log");

        migrationBuilder.DropTable(
            name: "outbox");

        migrationBuilder.DropTable(
            name: "service_request_categories");

        migrationBuilder.DropTable(
            name: "service_request_submissions");

        migrationBuilder.DropIndex(
            name: "ix_readings_component_id_measured_at_metric",
            table: "readings");

        migrationBuilder.DropIndex(
            name: "ix_component_links_from_component_id_to_component_id_kind",
            table: "component_links");

        migrationBuilder.DropColumn(
            name: "public_location",
            table: "service_requests");

        migrationBuilder.DropColumn(
            name: "report_count",
            table: "service_requests");

        migrationBuilder.DropColumn(
            name: "version",
            table: "service_requests");

        migrationBuilder.DropColumn(
            name: "version",
            table: "components");

        migrationBuilder.CreateIndex(
            name: "ix_readings_component_id_measured_at",
            table: "readings",
            columns: new[] { "component_id", "measured_at" });

        migrationBuilder.CreateIndex(
            name: "ix_component_links_from_component_id",
            table: "component_links",
            column: "from_component_id");
    }
}
