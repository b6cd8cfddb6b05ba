using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenCity.Data.Migrations.PostgreSql;

/// <inheritdoc />
public partial class TextColumnsCollateC : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AlterColumn<string>(
            name: "status",
            table: "service_requests",
            type: "character varying(16)",
            maxLength: 16,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(16)",
            oldMaxLength: 16);

        migrationBuilder.AlterColumn<string>(
            name: "description",
            table: "service_requests",
            type: "text",
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "text");

        migrationBuilder.AlterColumn<string>(
            name: "code",
            table: "service_requests",
            type: "character varying(64)",
            maxLength: 64,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(64)",
            oldMaxLength: 64);

        migrationBuilder.AlterColumn<string>(
            name: "category",
            table: "service_requests",
            type: "character varying(64)",
            maxLength: 64,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(64)",
            oldMaxLength: 64);

        migrationBuilder.AlterColumn<string>(
            name: "name",
            table: "responsibility_areas",
            type: "character varying(200)",
            maxLength: 200,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(200)",
            oldMaxLength: 200);

        migrationBuilder.AlterColumn<string>(
            name: "unit_of_measure",
            table: "readings",
            type: "character varying(32)",
            maxLength: 32,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(32)",
            oldMaxLength: 32);

        migrationBuilder.AlterColumn<string>(
            name: "metric",
            table: "readings",
            type: "character varying(64)",
            maxLength: 64,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(64)",
            oldMaxLength: 64);

        migrationBuilder.AlterColumn<string>(
            name: "period",
            table: "observations",
            type: "character varying(16)",
            maxLength: 16,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(16)",
            oldMaxLength: 16);

        migrationBuilder.AlterColumn<string>(
            name: "unit",
            table: "indicators",
            type: "character varying(32)",
            maxLength: 32,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(32)",
            oldMaxLength: 32);

        migrationBuilder.AlterColumn<string>(
            name: "source",
            table: "indicators",
            type: "text",
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "text");

        migrationBuilder.AlterColumn<string>(
            name: "name",
            table: "indicators",
            type: "character varying(200)",
            maxLength: 200,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(200)",
            oldMaxLength: 200);

        migrationBuilder.AlterColumn<string>(
            name: "licence",
            table: "indicators",
            type: "text",
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "text");

        migrationBuilder.AlterColumn<string>(
            name: "description",
            table: "indicators",
            type: "text",
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "text");

        migrationBuilder.AlterColumn<string>(
            name: "code",
            table: "indicators",
            type: "character varying(64)",
            maxLength: 64,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(64)",
            oldMaxLength: 64);

        migrationBuilder.AlterColumn<string>(
            name: "aggregation",
            table: "indicators",
            type: "character varying(16)",
            maxLength: 16,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(16)",
            oldMaxLength: 16);

        migrationBuilder.AlterColumn<string>(
            name: "name",
            table: "governance_units",
            type: "character varying(200)",
            maxLength: 200,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(200)",
            oldMaxLength: 200);

        migrationBuilder.AlterColumn<string>(
            name: "level",
            table: "governance_units",
            type: "character varying(16)",
            maxLength: 16,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(16)",
            oldMaxLength: 16);

        migrationBuilder.AlterColumn<string>(
            name: "code",
            table: "governance_units",
            type: "character varying(64)",
            maxLength: 64,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(64)",
            oldMaxLength: 64);

        migrationBuilder.AlterColumn<string>(
            name: "name",
            table: "departments",
            type: "character varying(200)",
            maxLength: 200,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(200)",
            oldMaxLength: 200);

        migrationBuilder.AlterColumn<string>(
            name: "domain",
            table: "departments",
            type: "character varying(32)",
            maxLength: 32,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(32)",
            oldMaxLength: 32);

        migrationBuilder.AlterColumn<string>(
            name: "description",
            table: "departments",
            type: "text",
            nullable: true,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "text",
            oldNullable: true);

        migrationBuilder.AlterColumn<string>(
            name: "code",
            table: "departments",
            type: "character varying(64)",
            maxLength: 64,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(64)",
            oldMaxLength: 64);

        migrationBuilder.AlterColumn<string>(
            name: "update_frequency",
            table: "datasets",
            type: "character varying(32)",
            maxLength: 32,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(32)",
            oldMaxLength: 32);

        migrationBuilder.AlterColumn<string>(
            name: "title",
            table: "datasets",
            type: "character varying(200)",
            maxLength: 200,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(200)",
            oldMaxLength: 200);

        migrationBuilder.AlterColumn<string>(
            name: "publisher",
            table: "datasets",
            type: "text",
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "text");

        migrationBuilder.AlterColumn<string>(
            name: "licence",
            table: "datasets",
            type: "text",
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "text");

        migrationBuilder.AlterColumn<string>(
            name: "description",
            table: "datasets",
            type: "text",
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "text");

        migrationBuilder.AlterColumn<string>(
            name: "code",
            table: "datasets",
            type: "character varying(64)",
            maxLength: 64,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(64)",
            oldMaxLength: 64);

        migrationBuilder.AlterColumn<string>(
            name: "status",
            table: "components",
            type: "character varying(32)",
            maxLength: 32,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(32)",
            oldMaxLength: 32);

        migrationBuilder.AlterColumn<string>(
            name: "sensitivity",
            table: "components",
            type: "character varying(16)",
            maxLength: 16,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(16)",
            oldMaxLength: 16);

        migrationBuilder.AlterColumn<string>(
            name: "name",
            table: "components",
            type: "character varying(200)",
            maxLength: 200,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(200)",
            oldMaxLength: 200);

        migrationBuilder.AlterColumn<string>(
            name: "kind",
            table: "components",
            type: "character varying(32)",
            maxLength: 32,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(32)",
            oldMaxLength: 32);

        migrationBuilder.AlterColumn<string>(
            name: "domain",
            table: "components",
            type: "character varying(32)",
            maxLength: 32,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(32)",
            oldMaxLength: 32);

        migrationBuilder.AlterColumn<string>(
            name: "code",
            table: "components",
            type: "character varying(64)",
            maxLength: 64,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(64)",
            oldMaxLength: 64);

        migrationBuilder.AlterColumn<string>(
            name: "kind",
            table: "component_links",
            type: "character varying(16)",
            maxLength: 16,
            nullable: false,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(16)",
            oldMaxLength: 16);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AlterColumn<string>(
            name: "status",
            table: "service_requests",
            type: "character varying(16)",
            maxLength: 16,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(16)",
            oldMaxLength: 16,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "description",
            table: "service_requests",
            type: "text",
            nullable: false,
            oldClrType: typeof(string),
            oldType: "text",
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "code",
            table: "service_requests",
            type: "character varying(64)",
            maxLength: 64,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(64)",
            oldMaxLength: 64,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "category",
            table: "service_requests",
            type: "character varying(64)",
            maxLength: 64,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(64)",
            oldMaxLength: 64,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "name",
            table: "responsibility_areas",
            type: "character varying(200)",
            maxLength: 200,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(200)",
            oldMaxLength: 200,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "unit_of_measure",
            table: "readings",
            type: "character varying(32)",
            maxLength: 32,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(32)",
            oldMaxLength: 32,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "metric",
            table: "readings",
            type: "character varying(64)",
            maxLength: 64,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(64)",
            oldMaxLength: 64,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "period",
            table: "observations",
            type: "character varying(16)",
            maxLength: 16,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(16)",
            oldMaxLength: 16,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "unit",
            table: "indicators",
            type: "character varying(32)",
            maxLength: 32,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(32)",
            oldMaxLength: 32,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "source",
            table: "indicators",
            type: "text",
            nullable: false,
            oldClrType: typeof(string),
            oldType: "text",
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "name",
            table: "indicators",
            type: "character varying(200)",
            maxLength: 200,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(200)",
            oldMaxLength: 200,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "licence",
            table: "indicators",
            type: "text",
            nullable: false,
            oldClrType: typeof(string),
            oldType: "text",
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "description",
            table: "indicators",
            type: "text",
            nullable: false,
            oldClrType: typeof(string),
            oldType: "text",
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "code",
            table: "indicators",
            type: "character varying(64)",
            maxLength: 64,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(64)",
            oldMaxLength: 64,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "aggregation",
            table: "indicators",
            type: "character varying(16)",
            maxLength: 16,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(16)",
            oldMaxLength: 16,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "name",
            table: "governance_units",
            type: "character varying(200)",
            maxLength: 200,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(200)",
            oldMaxLength: 200,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "level",
            table: "governance_units",
            type: "character varying(16)",
            maxLength: 16,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(16)",
            oldMaxLength: 16,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "code",
            table: "governance_units",
            type: "character varying(64)",
            maxLength: 64,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(64)",
            oldMaxLength: 64,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "name",
            table: "departments",
            type: "character varying(200)",
            maxLength: 200,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(200)",
            oldMaxLength: 200,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "domain",
            table: "departments",
            type: "character varying(32)",
            maxLength: 32,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(32)",
            oldMaxLength: 32,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "description",
            table: "departments",
            type: "text",
            nullable: true,
            oldClrType: typeof(string),
            oldType: "text",
            oldNullable: true,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "code",
            table: "departments",
            type: "character varying(64)",
            maxLength: 64,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(64)",
            oldMaxLength: 64,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "update_frequency",
            table: "datasets",
            type: "character varying(32)",
            maxLength: 32,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(32)",
            oldMaxLength: 32,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "title",
            table: "datasets",
            type: "character varying(200)",
            maxLength: 200,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(200)",
            oldMaxLength: 200,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "publisher",
            table: "datasets",
            type: "text",
            nullable: false,
            oldClrType: typeof(string),
            oldType: "text",
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "licence",
            table: "datasets",
            type: "text",
            nullable: false,
            oldClrType: typeof(string),
            oldType: "text",
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "description",
            table: "datasets",
            type: "text",
            nullable: false,
            oldClrType: typeof(string),
            oldType: "text",
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "code",
            table: "datasets",
            type: "character varying(64)",
            maxLength: 64,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(64)",
            oldMaxLength: 64,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "status",
            table: "components",
            type: "character varying(32)",
            maxLength: 32,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(32)",
            oldMaxLength: 32,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "sensitivity",
            table: "components",
            type: "character varying(16)",
            maxLength: 16,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(16)",
            oldMaxLength: 16,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "name",
            table: "components",
            type: "character varying(200)",
            maxLength: 200,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(200)",
            oldMaxLength: 200,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "kind",
            table: "components",
            type: "character varying(32)",
            maxLength: 32,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(32)",
            oldMaxLength: 32,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "domain",
            table: "components",
            type: "character varying(32)",
            maxLength: 32,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(32)",
            oldMaxLength: 32,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "code",
            table: "components",
            type: "character varying(64)",
            maxLength: 64,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(64)",
            oldMaxLength: 64,
            oldCollation: "C");

        migrationBuilder.AlterColumn<string>(
            name: "kind",
            table: "component_links",
            type: "character varying(16)",
            maxLength: 16,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(16)",
            oldMaxLength: 16,
            oldCollation: "C");
    }
}
