import type { Selectable } from 'kysely';
import type { Db } from './db.js';
import type { IdempotencyKeysTable } from './schema.js';

export type IdempotencyRecord = Selectable<IdempotencyKeysTable>;

export async function findIdempotencyRecord(
  db: Db,
  scope: string,
  key: string,
): Promise<IdempotencyRecord | undefined> {
  return db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('scope', '=', scope)
    .where('key', '=', key)
    .executeTakeFirst();
}

/** Stores the first response for (scope, key); a concurrent duplicate loses quietly and the first one stands. */
export async function insertIdempotencyRecord(db: Db, record: IdempotencyRecord): Promise<void> {
  await db
    .insertInto('idempotency_keys')
    .values(record)
    .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
    .execute();
}
