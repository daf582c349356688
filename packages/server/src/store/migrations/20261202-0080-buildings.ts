import type { Kysely } from 'kysely';

// Apartment buildings (docs/buildings.md): a building manager's buildings, their entrances (lobby doors and package
// rooms, each an access point of the building's common-parts home, with a lock-like controller and a camera paired
// to it), the units (each unit is a home of its own, joined by its residents through an accepted invitation), the
// carriers' weekly windows at each entrance, and the entrance activity the manager reads (carrier and time only).

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('buildings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    // The common parts: entrances are its access points and their devices are paired to it; it has no members.
    .addColumn('home_id', 'text', (c) => c.notNull().unique().references('homes.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('buildings_by_org').on('buildings').column('organisation_id').execute();
  await db.schema
    .createTable('building_entrances')
    .addColumn('id', 'text', (c) => c.primaryKey().references('access_points.id'))
    .addColumn('building_id', 'text', (c) => c.notNull().references('buildings.id'))
    .addColumn('kind', 'text', (c) => c.notNull()) // lobby | package_room
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('lon', 'double precision', (c) => c.notNull())
    .addColumn('radius_m', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('building_entrances_by_building')
    .on('building_entrances')
    .column('building_id')
    .execute();
  await db.schema
    .createTable('building_units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('building_id', 'text', (c) => c.notNull().references('buildings.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('home_id', 'text', (c) => c.notNull().unique().references('homes.id'))
    // The resident's preference (docs/buildings.md): couriers may come in for them. Never shown to the manager.
    .addColumn('building_delivery', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('building_units_label', ['building_id', 'label'])
    .execute();
  await db.schema
    .createTable('building_carrier_access')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('building_id', 'text', (c) => c.notNull().references('buildings.id'))
    .addColumn('entrance_id', 'text', (c) => c.notNull().references('building_entrances.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id')) // the carrier
    .addColumn('windows', 'text', (c) => c.notNull()) // JSON [{ days, startLocal, endLocal }], building zone
    .addColumn('granted_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text')
    .execute();
  await db.schema
    .createIndex('building_carrier_access_by_entrance')
    .on('building_carrier_access')
    .columns(['entrance_id', 'organisation_id'])
    .execute();
  // What the manager sees of a courier at an entrance: carrier, time and outcome. No home, delivery, visit or person.
  await db.schema
    .createTable('building_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('building_id', 'text', (c) => c.notNull())
    .addColumn('entrance_id', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull()) // admitted | denied
    .addColumn('failed_checks', 'text', (c) => c.notNull()) // JSON array of check names
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('building_entries_by_building')
    .on('building_entries')
    .columns(['building_id', 'at'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'building_entries',
    'building_carrier_access',
    'building_units',
    'building_entrances',
    'buildings',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
