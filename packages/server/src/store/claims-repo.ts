import type { Insertable } from 'kysely';
import type { Db } from './db.js';
import type {
  ClaimMessageRow,
  ClaimNoticeRow,
  ClaimPhotoRow,
  ClaimPhotosTable,
  ClaimRow,
  ClaimsTable,
  SupportConsentsTable,
} from './schema-claims.js';

// Claims and what hangs off them (migrations/20261202-0008-claims.ts). Plain functions over a Db or a transaction.

export async function insertClaim(db: Db, row: Insertable<ClaimsTable>): Promise<void> {
  await db.insertInto('claims').values(row).execute();
}

export async function findClaim(db: Db, id: string): Promise<ClaimRow | undefined> {
  return db.selectFrom('claims').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Writes a step guarded by the version read: a concurrent step makes this one answer false (and roll back). */
export async function updateClaim(
  db: Db,
  row: Pick<ClaimRow, 'id' | 'version'>,
  changes: Partial<Pick<ClaimRow, 'state' | 'assignee_id' | 'assigned_at' | 'access_until' | 'resolution'>> & {
    updated_at: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('claims')
    .set({ ...changes, version: row.version + 1 })
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listClaims(
  db: Db,
  filter: { homeId?: string; states?: readonly string[]; limit: number },
): Promise<ClaimRow[]> {
  let query = db.selectFrom('claims').selectAll();
  if (filter.homeId !== undefined) query = query.where('home_id', '=', filter.homeId);
  if (filter.states !== undefined) query = query.where('state', 'in', [...filter.states]);
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
}

export async function insertClaimMessage(db: Db, row: ClaimMessageRow): Promise<void> {
  await db.insertInto('claim_messages').values(row).execute();
}

export async function listClaimMessages(db: Db, claimId: string): Promise<ClaimMessageRow[]> {
  return db
    .selectFrom('claim_messages')
    .selectAll()
    .where('claim_id', '=', claimId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

export async function insertClaimPhoto(db: Db, row: Insertable<ClaimPhotosTable>): Promise<boolean> {
  const result = await db
    .insertInto('claim_photos')
    .values(row)
    .onConflict((oc) => oc.columns(['claim_id', 'sha256']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function listClaimPhotos(db: Db, claimId: string): Promise<ClaimPhotoRow[]> {
  return db.selectFrom('claim_photos').selectAll().where('claim_id', '=', claimId).orderBy('at').execute();
}

export async function linkClaimAlerts(db: Db, claimId: string, alertIds: readonly string[]): Promise<void> {
  if (alertIds.length === 0) return;
  await db
    .insertInto('claim_alerts')
    .values(alertIds.map((alert_id) => ({ claim_id: claimId, alert_id })))
    .execute();
}

export async function listClaimAlertIds(db: Db, claimId: string): Promise<string[]> {
  const rows = await db.selectFrom('claim_alerts').select('alert_id').where('claim_id', '=', claimId).execute();
  return rows.map((r) => r.alert_id).sort();
}

export async function insertClaimNotice(db: Db, row: ClaimNoticeRow): Promise<void> {
  await db.insertInto('claim_notices').values(row).execute();
}

export async function listClaimNotices(db: Db, claimId: string): Promise<ClaimNoticeRow[]> {
  return db
    .selectFrom('claim_notices')
    .selectAll()
    .where('claim_id', '=', claimId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

export async function insertSupportConsent(db: Db, row: Insertable<SupportConsentsTable>): Promise<void> {
  await db.insertInto('support_consents').values(row).execute();
}
