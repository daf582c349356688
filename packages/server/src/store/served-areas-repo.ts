import { type Selectable, sql } from 'kysely';
import type { Db } from './db.js';

// Served areas in the store (migration 20261202-0090-served-areas, docs/eligibility.md). The table's type lives here
// and is added with `withTables`, so this feature's schema stays beside the one repo that reads it.

export interface ServedAreasTable {
  id: string;
  organisation_id: string;
  name: string;
  /** JSON array of delivery methods. */
  methods: string;
  /** JSON array of [lon, lat] positions, closed. */
  ring: string;
  min_lat: number;
  max_lat: number;
  min_lon: number;
  max_lon: number;
  created_by: string;
  created_at: string;
}

export type ServedAreaRow = Selectable<ServedAreasTable>;

const areas = (db: Db) => db.withTables<{ served_areas: ServedAreasTable }>();

/** How many areas one organisation may draw. */
export const MAX_SERVED_AREAS = 200;

/**
 * Inserts the area unless the organisation already has MAX_SERVED_AREAS: one conditional INSERT … SELECT in a
 * transaction that first writes the organisation's row, so on PostgreSQL two concurrent inserts queue on its row lock
 * and the second counts the first (SQLite has one writer). True when the row was written.
 */
export async function insertServedAreaWithin(db: Db, row: ServedAreaRow): Promise<boolean> {
  await db
    .updateTable('organisations')
    .set((eb) => ({ name: eb.ref('name') }))
    .where('id', '=', row.organisation_id)
    .execute();
  const result = await sql`
    insert into served_areas
      (id, organisation_id, name, methods, ring, min_lat, max_lat, min_lon, max_lon, created_by, created_at)
    select ${row.id}, ${row.organisation_id}, ${row.name}, ${row.methods}, ${row.ring},
      cast(${row.min_lat} as double precision), cast(${row.max_lat} as double precision),
      cast(${row.min_lon} as double precision), cast(${row.max_lon} as double precision),
      ${row.created_by}, ${row.created_at}
    where (select count(*) from served_areas where organisation_id = ${row.organisation_id}) < ${MAX_SERVED_AREAS}
  `.execute(db);
  return Number(result.numAffectedRows ?? 0) === 1;
}

export async function listServedAreas(db: Db, organisationId: string): Promise<ServedAreaRow[]> {
  return areas(db)
    .selectFrom('served_areas')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The organisation's areas whose bounding box holds the point (the ring itself is judged in core). */
export async function servedAreasAround(
  db: Db,
  organisationId: string,
  point: { lat: number; lon: number },
): Promise<{ areas: ServedAreaRow[]; any: boolean }> {
  const around = await areas(db)
    .selectFrom('served_areas')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('min_lat', '<=', point.lat)
    .where('max_lat', '>=', point.lat)
    .where('min_lon', '<=', point.lon)
    .where('max_lon', '>=', point.lon)
    .execute();
  if (around.length > 0) return { areas: around, any: true };
  const one = await areas(db)
    .selectFrom('served_areas')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .limit(1)
    .executeTakeFirst();
  return { areas: [], any: one !== undefined };
}

/** Deletes the organisation's area; false when it has no such area. */
export async function deleteServedArea(db: Db, organisationId: string, id: string): Promise<boolean> {
  const result = await areas(db)
    .deleteFrom('served_areas')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
