import type { Selectable, Updateable } from 'kysely';
import type { Db } from './db.js';
import type { AccessPointsTable } from './schema.js';

export type AccessPoint = Selectable<AccessPointsTable>;

export async function insertAccessPoint(db: Db, accessPoint: AccessPoint): Promise<void> {
  await db.insertInto('access_points').values(accessPoint).execute();
}

export async function listAccessPoints(db: Db, homeId: string): Promise<AccessPoint[]> {
  return db
    .selectFrom('access_points')
    .selectAll()
    .where('home_id', '=', homeId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Looked up within its home, so an id from another home is simply not found. */
export async function findAccessPoint(db: Db, homeId: string, id: string): Promise<AccessPoint | undefined> {
  return db
    .selectFrom('access_points')
    .selectAll()
    .where('home_id', '=', homeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateAccessPoint(
  db: Db,
  homeId: string,
  id: string,
  changes: Updateable<AccessPointsTable>,
): Promise<void> {
  await db.updateTable('access_points').set(changes).where('home_id', '=', homeId).where('id', '=', id).execute();
}

export async function deleteAccessPoint(db: Db, homeId: string, id: string): Promise<void> {
  await db.deleteFrom('access_points').where('home_id', '=', homeId).where('id', '=', id).execute();
}

export async function countDevicesAt(db: Db, accessPointId: string): Promise<number> {
  const row = await db
    .selectFrom('devices')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('access_point_id', '=', accessPointId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
