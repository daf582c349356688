import type { Db } from './db.js';
import type { VisitRow } from './schema-visits.js';

// The visits table holds the core Visit as JSON plus the columns it is looked up by; `version` guards concurrent
// writers (two nodes handling events of one visit): an update that lost the race changes nothing.

export async function insertVisit(db: Db, row: VisitRow): Promise<void> {
  await db.insertInto('visits').values(row).execute();
}

export async function findVisitRow(db: Db, id: string): Promise<VisitRow | undefined> {
  return db.selectFrom('visits').selectAll().where('id', '=', id).executeTakeFirst();
}

/** True when the row still had `version` and now holds the new state. */
export async function updateVisitRow(
  db: Db,
  id: string,
  version: number,
  changes: Pick<VisitRow, 'state' | 'open' | 'data' | 'closed_at' | 'updated_at'>,
): Promise<boolean> {
  const result = await db
    .updateTable('visits')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listOpenVisitsOfHome(db: Db, homeId: string): Promise<VisitRow[]> {
  return db.selectFrom('visits').selectAll().where('home_id', '=', homeId).where('open', '=', 1).execute();
}

export async function listOpenVisitsAt(db: Db, accessPointId: string): Promise<VisitRow[]> {
  return db
    .selectFrom('visits')
    .selectAll()
    .where('access_point_id', '=', accessPointId)
    .where('open', '=', 1)
    .orderBy('opened_at')
    .execute();
}

export async function findOpenVisitOfDelivery(db: Db, deliveryId: string): Promise<VisitRow | undefined> {
  return db
    .selectFrom('visits')
    .selectAll()
    .where('delivery_id', '=', deliveryId)
    .where('open', '=', 1)
    .executeTakeFirst();
}

export interface VisitFilter {
  state?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  before?: { at: string; id: string } | undefined;
  limit: number;
}

/** Newest first. */
export async function listHomeVisits(db: Db, homeId: string, f: VisitFilter): Promise<VisitRow[]> {
  let query = db.selectFrom('visits').selectAll().where('home_id', '=', homeId);
  if (f.state !== undefined) query = query.where('state', '=', f.state);
  if (f.from !== undefined) query = query.where('opened_at', '>=', f.from);
  if (f.to !== undefined) query = query.where('opened_at', '<', f.to);
  const before = f.before;
  if (before) {
    query = query.where((eb) =>
      eb.or([eb('opened_at', '<', before.at), eb.and([eb('opened_at', '=', before.at), eb('id', '<', before.id)])]),
    );
  }
  return query.orderBy('opened_at', 'desc').orderBy('id', 'desc').limit(f.limit).execute();
}
