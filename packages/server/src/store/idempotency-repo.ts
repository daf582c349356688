import type { Selectable } from 'kysely';
import type { Db } from './db.js';
import type { IdempotencyKeysTable } from './schema.js';

export type IdempotencyRecord = Selectable<IdempotencyKeysTable>;

/** `status_code` of a key whose first request is still running: no response is stored yet. */
const IN_FLIGHT = 0;

/** One request's hold on (scope, key); `claimedAt` tells this hold from a later one that took over the key. */
export interface IdempotencyClaim {
  scope: string;
  key: string;
  requestHash: string;
  claimedAt: string;
}

export type ClaimOutcome =
  | { kind: 'claimed' }
  | { kind: 'replay'; status: number; response: string }
  | { kind: 'mismatch' }
  | { kind: 'in_flight' };

export interface ClaimLimits {
  /** Keys first used before this instant have expired and are forgotten. */
  expiredBefore: string;
  /** A request still in flight since before this instant is taken to have died (a crash); its key is taken over. */
  abandonedBefore: string;
}

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

/**
 * Claims (scope, key) for one request, atomically: the primary key lets exactly one of concurrent duplicates insert
 * its in-flight row; the others read that row and get a replay, a mismatch, or "in flight". A key held by a request
 * that died is taken over by a guarded UPDATE, so again only one wins. The caller's expired keys are dropped first.
 */
export async function claimIdempotencyKey(db: Db, claim: IdempotencyClaim, limits: ClaimLimits): Promise<ClaimOutcome> {
  await db
    .deleteFrom('idempotency_keys')
    .where('scope', '=', claim.scope)
    .where('created_at', '<', limits.expiredBefore)
    .execute();
  // A row may vanish between the insert and the read (its request failed and let go of it): try again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const inserted = await db
      .insertInto('idempotency_keys')
      .values({
        scope: claim.scope,
        key: claim.key,
        request_hash: claim.requestHash,
        status_code: IN_FLIGHT,
        response: '',
        created_at: claim.claimedAt,
      })
      .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return { kind: 'claimed' };
    const stored = await findIdempotencyRecord(db, claim.scope, claim.key);
    if (!stored) continue;
    if (stored.request_hash !== claim.requestHash) return { kind: 'mismatch' };
    if (stored.status_code !== IN_FLIGHT)
      return { kind: 'replay', status: stored.status_code, response: stored.response };
    if (stored.created_at >= limits.abandonedBefore) return { kind: 'in_flight' };
    const taken = await db
      .updateTable('idempotency_keys')
      .set({ created_at: claim.claimedAt })
      .where('scope', '=', claim.scope)
      .where('key', '=', claim.key)
      .where('status_code', '=', IN_FLIGHT)
      .where('created_at', '=', stored.created_at)
      .executeTakeFirst();
    return Number(taken.numUpdatedRows) === 1 ? { kind: 'claimed' } : { kind: 'in_flight' };
  }
  return { kind: 'in_flight' };
}

/** Stores the response of the request that holds the claim; later requests with the key replay it. */
export async function completeIdempotencyKey(
  db: Db,
  claim: IdempotencyClaim,
  status: number,
  response: string,
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ status_code: status, response })
    .where('scope', '=', claim.scope)
    .where('key', '=', claim.key)
    .where('status_code', '=', IN_FLIGHT)
    .where('created_at', '=', claim.claimedAt)
    .execute();
}

/** Lets go of a claim whose request failed, so a retry with the same key runs afresh. */
export async function releaseIdempotencyKey(db: Db, claim: IdempotencyClaim): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('scope', '=', claim.scope)
    .where('key', '=', claim.key)
    .where('status_code', '=', IN_FLIGHT)
    .where('created_at', '=', claim.claimedAt)
    .execute();
}
