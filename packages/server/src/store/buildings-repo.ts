import type { AccessPoint } from './access-points-repo.js';
import type { Db } from './db.js';
import type { BuildingRow, CarrierAccessRow, EntranceRow, EntryRow, UnitRow } from './schema-buildings.js';

// Buildings, their entrances and units, carriers' windows and the entrance activity (docs/buildings.md).

export async function insertBuilding(db: Db, row: BuildingRow): Promise<void> {
  await db.insertInto('buildings').values(row).execute();
}

export async function findBuilding(db: Db, id: string): Promise<BuildingRow | undefined> {
  return db.selectFrom('buildings').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The buildings of every building manager the user is an admin or member of. */
export async function listBuildingsOfUser(db: Db, userId: string): Promise<BuildingRow[]> {
  return db
    .selectFrom('buildings')
    .innerJoin('memberships', 'memberships.organisation_id', 'buildings.organisation_id')
    .selectAll('buildings')
    .where('memberships.user_id', '=', userId)
    .where('memberships.role', 'in', ['admin', 'member'])
    .orderBy('buildings.created_at')
    .orderBy('buildings.id')
    .execute();
}

export async function insertEntrance(db: Db, row: EntranceRow): Promise<void> {
  await db.insertInto('building_entrances').values(row).execute();
}

export async function findEntrance(db: Db, id: string): Promise<EntranceRow | undefined> {
  return db.selectFrom('building_entrances').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listEntrances(db: Db, buildingId: string): Promise<(EntranceRow & { name: string })[]> {
  return db
    .selectFrom('building_entrances')
    .innerJoin('access_points', 'access_points.id', 'building_entrances.id')
    .selectAll('building_entrances')
    .select('access_points.name')
    .where('building_entrances.building_id', '=', buildingId)
    .orderBy('building_entrances.created_at')
    .orderBy('building_entrances.id')
    .execute();
}

/** The access point of a building entrance (it lives in the building's common-parts home, not a resident's). */
export async function findEntranceAccessPoint(db: Db, id: string): Promise<AccessPoint | undefined> {
  return db
    .selectFrom('access_points')
    .innerJoin('building_entrances', 'building_entrances.id', 'access_points.id')
    .selectAll('access_points')
    .where('access_points.id', '=', id)
    .executeTakeFirst();
}

export async function insertUnit(db: Db, row: UnitRow): Promise<void> {
  await db.insertInto('building_units').values(row).execute();
}

export async function findUnit(db: Db, id: string): Promise<UnitRow | undefined> {
  return db.selectFrom('building_units').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUnitOfHome(db: Db, homeId: string): Promise<UnitRow | undefined> {
  return db.selectFrom('building_units').selectAll().where('home_id', '=', homeId).executeTakeFirst();
}

/** The units of a building with whether anyone lives there (accepted members of the unit's home), and nothing else. */
export async function listUnits(db: Db, buildingId: string): Promise<(UnitRow & { residents: number })[]> {
  const rows = await db
    .selectFrom('building_units')
    .leftJoin('home_members', 'home_members.home_id', 'building_units.home_id')
    .selectAll('building_units')
    .select((eb) => eb.fn.count<number>('home_members.user_id').as('residents'))
    .where('building_units.building_id', '=', buildingId)
    .groupBy([
      'building_units.id',
      'building_units.building_id',
      'building_units.label',
      'building_units.home_id',
      'building_units.building_delivery',
      'building_units.created_at',
    ])
    .orderBy('building_units.label')
    .execute();
  return rows.map((r) => ({ ...r, residents: Number(r.residents) }));
}

export async function countResidents(db: Db, homeId: string): Promise<number> {
  const row = await db
    .selectFrom('home_members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('home_id', '=', homeId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function setBuildingDelivery(db: Db, homeId: string, allowed: boolean): Promise<void> {
  await db
    .updateTable('building_units')
    .set({ building_delivery: allowed ? 1 : 0 })
    .where('home_id', '=', homeId)
    .execute();
}

export async function insertCarrierAccess(db: Db, row: CarrierAccessRow): Promise<void> {
  await db.insertInto('building_carrier_access').values(row).execute();
}

export async function findCarrierAccess(db: Db, id: string): Promise<CarrierAccessRow | undefined> {
  return db.selectFrom('building_carrier_access').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listCarrierAccess(db: Db, buildingId: string): Promise<CarrierAccessRow[]> {
  return db
    .selectFrom('building_carrier_access')
    .selectAll()
    .where('building_id', '=', buildingId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Revokes in one conditional statement: true when this call revoked it, false when it already was. */
export async function revokeCarrierAccess(db: Db, id: string, by: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('building_carrier_access')
    .set({ revoked_at: at, revoked_by: by })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertEntry(db: Db, row: EntryRow): Promise<void> {
  await db.insertInto('building_entries').values(row).execute();
}

export async function listEntries(
  db: Db,
  buildingId: string,
  filter: { organisationId?: string | undefined; from?: string | undefined; to?: string | undefined; limit: number },
): Promise<EntryRow[]> {
  let query = db.selectFrom('building_entries').selectAll().where('building_id', '=', buildingId);
  if (filter.organisationId) query = query.where('organisation_id', '=', filter.organisationId);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  return query.orderBy('at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
}
