-- The schema the code of commit 2d32c82 (before migrations) created on SQLite: its CreateTablesAsync script,
-- then the keyset indexes and R*Tree tables and triggers CreateIndexesAsync added. Frozen on purpose: upgrade tests start from it.
CREATE TABLE "datasets" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_datasets" PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "licence" TEXT NOT NULL,
    "update_frequency" TEXT NOT NULL,
    "last_updated" TEXT NOT NULL,
    "keywords" TEXT NOT NULL
);


CREATE TABLE "departments" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_departments" PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "description" TEXT NULL
);


CREATE TABLE "governance_units" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_governance_units" PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "parent_id" INTEGER NULL,
    "path" TEXT COLLATE NOCASE NOT NULL,
    "boundary" BLOB NOT NULL,
    "area_square_meters" REAL NOT NULL,
    "centroid" BLOB NOT NULL,
    CONSTRAINT "fk_governance_units_governance_units_parent_id" FOREIGN KEY ("parent_id") REFERENCES "governance_units" ("id") ON DELETE RESTRICT
);


CREATE TABLE "indicators" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_indicators" PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "aggregation" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "licence" TEXT NOT NULL
);


CREATE TABLE "responsibility_areas" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_responsibility_areas" PRIMARY KEY AUTOINCREMENT,
    "department_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "area" BLOB NOT NULL,
    CONSTRAINT "fk_responsibility_areas_departments_department_id" FOREIGN KEY ("department_id") REFERENCES "departments" ("id") ON DELETE CASCADE
);


CREATE TABLE "components" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_components" PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "geometry" BLOB NOT NULL,
    "installed_on" TEXT NULL,
    "attributes" TEXT NULL,
    "owner_id" INTEGER NULL,
    "grid_unit_id" INTEGER NULL,
    "sensitivity" TEXT NOT NULL,
    CONSTRAINT "fk_components_departments_owner_id" FOREIGN KEY ("owner_id") REFERENCES "departments" ("id") ON DELETE SET NULL,
    CONSTRAINT "fk_components_governance_units_grid_unit_id" FOREIGN KEY ("grid_unit_id") REFERENCES "governance_units" ("id") ON DELETE SET NULL
);


CREATE TABLE "service_requests" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_service_requests" PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "location" BLOB NOT NULL,
    "status" TEXT NOT NULL,
    "department_id" INTEGER NULL,
    "grid_unit_id" INTEGER NULL,
    "submitted_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    CONSTRAINT "fk_service_requests_departments_department_id" FOREIGN KEY ("department_id") REFERENCES "departments" ("id") ON DELETE SET NULL,
    CONSTRAINT "fk_service_requests_governance_units_grid_unit_id" FOREIGN KEY ("grid_unit_id") REFERENCES "governance_units" ("id") ON DELETE SET NULL
);


CREATE TABLE "observations" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_observations" PRIMARY KEY AUTOINCREMENT,
    "indicator_id" INTEGER NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "value" REAL NOT NULL,
    CONSTRAINT "fk_observations_governance_units_unit_id" FOREIGN KEY ("unit_id") REFERENCES "governance_units" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_observations_indicators_indicator_id" FOREIGN KEY ("indicator_id") REFERENCES "indicators" ("id") ON DELETE CASCADE
);


CREATE TABLE "component_links" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_component_links" PRIMARY KEY AUTOINCREMENT,
    "from_component_id" INTEGER NOT NULL,
    "to_component_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    CONSTRAINT "fk_component_links_components_from_component_id" FOREIGN KEY ("from_component_id") REFERENCES "components" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_component_links_components_to_component_id" FOREIGN KEY ("to_component_id") REFERENCES "components" ("id") ON DELETE CASCADE
);


CREATE TABLE "readings" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_readings" PRIMARY KEY AUTOINCREMENT,
    "component_id" INTEGER NOT NULL,
    "metric" TEXT NOT NULL,
    "measured_at" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "unit_of_measure" TEXT NOT NULL,
    CONSTRAINT "fk_readings_components_component_id" FOREIGN KEY ("component_id") REFERENCES "components" ("id") ON DELETE CASCADE
);


CREATE INDEX "ix_component_links_from_component_id" ON "component_links" ("from_component_id");


CREATE INDEX "ix_component_links_to_component_id" ON "component_links" ("to_component_id");


CREATE UNIQUE INDEX "ix_components_code" ON "components" ("code");


CREATE INDEX "ix_components_grid_unit_id" ON "components" ("grid_unit_id");


CREATE INDEX "ix_components_kind" ON "components" ("kind");


CREATE INDEX "ix_components_owner_id" ON "components" ("owner_id");


CREATE INDEX "ix_components_status" ON "components" ("status");


CREATE UNIQUE INDEX "ix_datasets_code" ON "datasets" ("code");


CREATE UNIQUE INDEX "ix_departments_code" ON "departments" ("code");


CREATE UNIQUE INDEX "ix_governance_units_code" ON "governance_units" ("code");


CREATE INDEX "ix_governance_units_level" ON "governance_units" ("level");


CREATE INDEX "ix_governance_units_parent_id" ON "governance_units" ("parent_id");


CREATE INDEX "ix_governance_units_path" ON "governance_units" ("path");


CREATE UNIQUE INDEX "ix_indicators_code" ON "indicators" ("code");


CREATE UNIQUE INDEX "ix_observations_indicator_id_unit_id_period" ON "observations" ("indicator_id", "unit_id", "period");


CREATE INDEX "ix_observations_unit_id" ON "observations" ("unit_id");


CREATE INDEX "ix_readings_component_id_measured_at" ON "readings" ("component_id", "measured_at");


CREATE INDEX "ix_responsibility_areas_department_id" ON "responsibility_areas" ("department_id");


CREATE UNIQUE INDEX "ix_service_requests_code" ON "service_requests" ("code");


CREATE INDEX "ix_service_requests_department_id" ON "service_requests" ("department_id");


CREATE INDEX "ix_service_requests_grid_unit_id" ON "service_requests" ("grid_unit_id");


CREATE INDEX "ix_service_requests_status" ON "service_requests" ("status");



CREATE INDEX IF NOT EXISTS "ix_components_keyset_kind_status_installed_on" ON "components" ("kind", "status", ("installed_on" IS NULL), "installed_on", "id");

CREATE INDEX IF NOT EXISTS "ix_components_keyset_status_installed_on" ON "components" ("status", ("installed_on" IS NULL), "installed_on", "id");

CREATE VIRTUAL TABLE IF NOT EXISTS "components_geometry_rtree" USING rtree(id, min_x, max_x, min_y, max_y);

CREATE TRIGGER IF NOT EXISTS "components_geometry_rtree_insert" AFTER INSERT ON "components" WHEN new."geometry" IS NOT NULL
BEGIN INSERT INTO "components_geometry_rtree" VALUES (new."id", opencity_min_x(new."geometry"), opencity_max_x(new."geometry"), opencity_min_y(new."geometry"), opencity_max_y(new."geometry")); END;

CREATE TRIGGER IF NOT EXISTS "components_geometry_rtree_update" AFTER UPDATE OF "geometry", "id" ON "components"
BEGIN
  DELETE FROM "components_geometry_rtree" WHERE id = old."id";
  INSERT INTO "components_geometry_rtree" SELECT new."id", opencity_min_x(new."geometry"), opencity_max_x(new."geometry"), opencity_min_y(new."geometry"), opencity_max_y(new."geometry") WHERE new."geometry" IS NOT NULL;
END;

CREATE TRIGGER IF NOT EXISTS "components_geometry_rtree_delete" AFTER DELETE ON "components"
BEGIN DELETE FROM "components_geometry_rtree" WHERE id = old."id"; END;

INSERT INTO "components_geometry_rtree"
SELECT "id", opencity_min_x("geometry"), opencity_max_x("geometry"), opencity_min_y("geometry"), opencity_max_y("geometry")
FROM "components" AS t
WHERE "geometry" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "components_geometry_rtree" AS r WHERE r.id = t."id");

CREATE VIRTUAL TABLE IF NOT EXISTS "responsibility_areas_area_rtree" USING rtree(id, min_x, max_x, min_y, max_y);

CREATE TRIGGER IF NOT EXISTS "responsibility_areas_area_rtree_insert" AFTER INSERT ON "responsibility_areas" WHEN new."area" IS NOT NULL
BEGIN INSERT INTO "responsibility_areas_area_rtree" VALUES (new."id", opencity_min_x(new."area"), opencity_max_x(new."area"), opencity_min_y(new."area"), opencity_max_y(new."area")); END;

CREATE TRIGGER IF NOT EXISTS "responsibility_areas_area_rtree_update" AFTER UPDATE OF "area", "id" ON "responsibility_areas"
BEGIN
  DELETE FROM "responsibility_areas_area_rtree" WHERE id = old."id";
  INSERT INTO "responsibility_areas_area_rtree" SELECT new."id", opencity_min_x(new."area"), opencity_max_x(new."area"), opencity_min_y(new."area"), opencity_max_y(new."area") WHERE new."area" IS NOT NULL;
END;

CREATE TRIGGER IF NOT EXISTS "responsibility_areas_area_rtree_delete" AFTER DELETE ON "responsibility_areas"
BEGIN DELETE FROM "responsibility_areas_area_rtree" WHERE id = old."id"; END;

INSERT INTO "responsibility_areas_area_rtree"
SELECT "id", opencity_min_x("area"), opencity_max_x("area"), opencity_min_y("area"), opencity_max_y("area")
FROM "responsibility_areas" AS t
WHERE "area" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "responsibility_areas_area_rtree" AS r WHERE r.id = t."id");

CREATE VIRTUAL TABLE IF NOT EXISTS "governance_units_boundary_rtree" USING rtree(id, min_x, max_x, min_y, max_y);

CREATE TRIGGER IF NOT EXISTS "governance_units_boundary_rtree_insert" AFTER INSERT ON "governance_units" WHEN new."boundary" IS NOT NULL
BEGIN INSERT INTO "governance_units_boundary_rtree" VALUES (new."id", opencity_min_x(new."boundary"), opencity_max_x(new."boundary"), opencity_min_y(new."boundary"), opencity_max_y(new."boundary")); END;

CREATE TRIGGER IF NOT EXISTS "governance_units_boundary_rtree_update" AFTER UPDATE OF "boundary", "id" ON "governance_units"
BEGIN
  DELETE FROM "governance_units_boundary_rtree" WHERE id = old."id";
  INSERT INTO "governance_units_boundary_rtree" SELECT new."id", opencity_min_x(new."boundary"), opencity_max_x(new."boundary"), opencity_min_y(new."boundary"), opencity_max_y(new."boundary") WHERE new."boundary" IS NOT NULL;
END;

CREATE TRIGGER IF NOT EXISTS "governance_units_boundary_rtree_delete" AFTER DELETE ON "governance_units"
BEGIN DELETE FROM "governance_units_boundary_rtree" WHERE id = old."id"; END;

INSERT INTO "governance_units_boundary_rtree"
SELECT "id", opencity_min_x("boundary"), opencity_max_x("boundary"), opencity_min_y("boundary"), opencity_max_y("boundary")
FROM "governance_units" AS t
WHERE "boundary" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "governance_units_boundary_rtree" AS r WHERE r.id = t."id");

CREATE VIRTUAL TABLE IF NOT EXISTS "governance_units_centroid_rtree" USING rtree(id, min_x, max_x, min_y, max_y);

CREATE TRIGGER IF NOT EXISTS "governance_units_centroid_rtree_insert" AFTER INSERT ON "governance_units" WHEN new."centroid" IS NOT NULL
BEGIN INSERT INTO "governance_units_centroid_rtree" VALUES (new."id", opencity_min_x(new."centroid"), opencity_max_x(new."centroid"), opencity_min_y(new."centroid"), opencity_max_y(new."centroid")); END;

CREATE TRIGGER IF NOT EXISTS "governance_units_centroid_rtree_update" AFTER UPDATE OF "centroid", "id" ON "governance_units"
BEGIN
  DELETE FROM "governance_units_centroid_rtree" WHERE id = old."id";
  INSERT INTO "governance_units_centroid_rtree" SELECT new."id", opencity_min_x(new."centroid"), opencity_max_x(new."centroid"), opencity_min_y(new."centroid"), opencity_max_y(new."centroid") WHERE new."centroid" IS NOT NULL;
END;

CREATE TRIGGER IF NOT EXISTS "governance_units_centroid_rtree_delete" AFTER DELETE ON "governance_units"
BEGIN DELETE FROM "governance_units_centroid_rtree" WHERE id = old."id"; END;

INSERT INTO "governance_units_centroid_rtree"
SELECT "id", opencity_min_x("centroid"), opencity_max_x("centroid"), opencity_min_y("centroid"), opencity_max_y("centroid")
FROM "governance_units" AS t
WHERE "centroid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "governance_units_centroid_rtree" AS r WHERE r.id = t."id");

CREATE VIRTUAL TABLE IF NOT EXISTS "service_requests_location_rtree" USING rtree(id, min_x, max_x, min_y, max_y);

CREATE TRIGGER IF NOT EXISTS "service_requests_location_rtree_insert" AFTER INSERT ON "service_requests" WHEN new."location" IS NOT NULL
BEGIN INSERT INTO "service_requests_location_rtree" VALUES (new."id", opencity_min_x(new."location"), opencity_max_x(new."location"), opencity_min_y(new."location"), opencity_max_y(new."location")); END;

CREATE TRIGGER IF NOT EXISTS "service_requests_location_rtree_update" AFTER UPDATE OF "location", "id" ON "service_requests"
BEGIN
  DELETE FROM "service_requests_location_rtree" WHERE id = old."id";
  INSERT INTO "service_requests_location_rtree" SELECT new."id", opencity_min_x(new."location"), opencity_max_x(new."location"), opencity_min_y(new."location"), opencity_max_y(new."location") WHERE new."location" IS NOT NULL;
END;

CREATE TRIGGER IF NOT EXISTS "service_requests_location_rtree_delete" AFTER DELETE ON "service_requests"
BEGIN DELETE FROM "service_requests_location_rtree" WHERE id = old."id"; END;

INSERT INTO "service_requests_location_rtree"
SELECT "id", opencity_min_x("location"), opencity_max_x("location"), opencity_min_y("location"), opencity_max_y("location")
FROM "service_requests" AS t
WHERE "location" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "service_requests_location_rtree" AS r WHERE r.id = t."id");
