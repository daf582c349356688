import type { Kysely } from 'kysely';

// Served areas (docs/eligibility.md): polygons a carrier draws where it serves which delivery methods. The ring is
// kept as GeoJSON text; its bounds are columns so a lookup reads only the areas whose box holds the point. Same
// portability rules as the first migration (SQLite and PostgreSQL).

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('served_areas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('methods', 'text', (c) => c.notNull()) // JSON array of delivery methods
    .addColumn('ring', 'text', (c) => c.notNull()) // JSON array of [lon, lat], closed
    .addColumn('min_lat', 'double precision', (c) => c.notNull())
    .addColumn('max_lat', 'double precision', (c) => c.notNull())
    .addColumn('min_lon', 'double precision', (c) => c.notNull())
    .addColumn('max_lon', 'double precision', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('served_areas_organisation').on('served_areas').columns(['organisation_id']).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('served_areas').execute();
}
