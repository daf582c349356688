import type { Selectable } from 'kysely';
import type { Db } from './db.js';
import { enqueueNotice } from './notice-jobs.js';
import type { AlertsTable } from './schema-visits.js';

export type AlertRow = Selectable<AlertsTable>;

/** Every alert is also a notice to the home's people: its notification job is written with it (same transaction). */
export async function insertAlert(db: Db, row: AlertRow): Promise<void> {
  await db.insertInto('alerts').values(row).execute();
  await enqueueNotice(db, { source: 'alert', alertId: row.id }, row.at);
}

export async function listVisitAlerts(db: Db, visitId: string): Promise<AlertRow[]> {
  return db.selectFrom('alerts').selectAll().where('visit_id', '=', visitId).orderBy('at').orderBy('id').execute();
}

/** Newest first; the cursor is the last row's `at|id`. */
export async function listHomeAlerts(
  db: Db,
  homeId: string,
  page: { limit: number; before?: { at: string; id: string } | undefined },
): Promise<AlertRow[]> {
  let query = db.selectFrom('alerts').selectAll().where('home_id', '=', homeId);
  const before = page.before;
  if (before) {
    query = query.where((eb) =>
      eb.or([eb('at', '<', before.at), eb.and([eb('at', '=', before.at), eb('id', '<', before.id)])]),
    );
  }
  return query.orderBy('at', 'desc').orderBy('id', 'desc').limit(page.limit).execute();
}
