import type { Db } from './db.js';
import type { WebhookAttemptRow, WebhookEndpointRow, WebhookMessageRow, WebhookSendRow } from './schema-webhooks.js';

// Plain functions over the webhook tables (STYLE.md, habit 9); claiming the send queue is in webhooks/claim.ts.

export async function insertEndpoint(db: Db, row: WebhookEndpointRow): Promise<void> {
  await db.insertInto('webhook_endpoints').values(row).execute();
}

export function findEndpoint(db: Db, id: string): Promise<WebhookEndpointRow | undefined> {
  return db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listEndpoints(db: Db, organisationId: string): Promise<WebhookEndpointRow[]> {
  return db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function updateEndpoint(db: Db, id: string, changes: Partial<WebhookEndpointRow>): Promise<void> {
  await db.updateTable('webhook_endpoints').set(changes).where('id', '=', id).execute();
}

/** The endpoint and everything queued for it; attempts stay, they are the partner's record. */
export async function deleteEndpoint(db: Db, id: string): Promise<void> {
  await db.deleteFrom('webhook_sends').where('endpoint_id', '=', id).execute();
  await db.deleteFrom('webhook_endpoints').where('id', '=', id).execute();
}

/** Several messages in one statement, in the order given. */
export async function insertMessages(db: Db, rows: readonly WebhookMessageRow[]): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('webhook_messages')
      .values([...rows])
      .execute();
}

export function findMessage(db: Db, id: string): Promise<WebhookMessageRow | undefined> {
  return db.selectFrom('webhook_messages').selectAll().where('id', '=', id).executeTakeFirst();
}

export function messagesSince(
  db: Db,
  organisationId: string,
  since: string,
  limit: number,
): Promise<WebhookMessageRow[]> {
  return db
    .selectFrom('webhook_messages')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('created_at', '>=', since)
    .orderBy('created_at')
    .limit(limit)
    .execute();
}

export type NewSend = Omit<WebhookSendRow, 'seq'>;

export async function insertSends(db: Db, rows: readonly NewSend[]): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('webhook_sends')
      .values([...rows])
      .execute();
}

export async function updateSend(
  db: Db,
  seq: number,
  nodeId: string,
  changes: Partial<Omit<WebhookSendRow, 'seq'>>,
): Promise<void> {
  // Only the lease holder writes the outcome: a send reclaimed after an expired lease belongs to its new owner.
  await db.updateTable('webhook_sends').set(changes).where('seq', '=', seq).where('locked_by', '=', nodeId).execute();
}

export async function insertAttempt(db: Db, row: WebhookAttemptRow): Promise<void> {
  await db.insertInto('webhook_attempts').values(row).execute();
}

/** Newest first; the cursor is the last row's `at` and `id`. */
export function listAttempts(
  db: Db,
  endpointId: string,
  limit: number,
  after?: { at: string; id: string },
): Promise<WebhookAttemptRow[]> {
  let query = db.selectFrom('webhook_attempts').selectAll().where('endpoint_id', '=', endpointId);
  if (after) {
    query = query.where((eb) =>
      eb.or([eb('at', '<', after.at), eb.and([eb('at', '=', after.at), eb('id', '<', after.id)])]),
    );
  }
  return query.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}
