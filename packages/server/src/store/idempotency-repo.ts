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
 * that died, or one that has expired, is taken over by a guarded UPDATE, so again only one wins. Expired rows are
 * otherwise left to the hourly sweep ({@link deleteExpiredIdempotencyKeys}): a claim costs no delete of its own.
 */
export async function claimIdempotencyKey(db: Db, claim: IdempotencyClaim, limits: ClaimLimits): Promise<ClaimOutcome> {
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
    if (stored.created_at < limits.expiredBefore) {
      if (await takeOver(db, claim, stored.created_at, {})) return { kind: 'claimed' };
      continue; // another request took the expired key first: read what it holds now
    }
    if (stored.request_hash !== claim.requestHash) return { kind: 'mismatch' };
    if (stored.status_code !== IN_FLIGHT)
      return { kind: 'replay', status: stored.status_code, response: stored.response };
    if (stored.created_at >= limits.abandonedBefore) return { kind: 'in_flight' };
    const taken = await takeOver(db, claim, stored.created_at, { inFlightOnly: true });
    return taken ? { kind: 'claimed' } : { kind: 'in_flight' };
  }
  return { kind: 'in_flight' };
}

/**
 * Makes the row of (scope, key) this claim's, only if it is still the one read (`created_at` unchanged): of
 * concurrent takers exactly one updates it. An expired row is replaced whole (any request, any answer); an abandoned
 * one (`inFlightOnly`) keeps its request and only changes hands.
 */
async function takeOver(
  db: Db,
  claim: IdempotencyClaim,
  readCreatedAt: string,
  o: { inFlightOnly?: boolean },
): Promise<boolean> {
  const fresh = { created_at: claim.claimedAt, request_hash: claim.requestHash, status_code: IN_FLIGHT, response: '' };
  let update = db
    .updateTable('idempotency_keys')
    .set(o.inFlightOnly ? { created_at: claim.claimedAt } : fresh)
    .where('scope', '=', claim.scope)
    .where('key', '=', claim.key)
    .where('created_at', '=', readCreatedAt);
  if (o.inFlightOnly) update = update.where('status_code', '=', IN_FLIGHT);
  const taken = await update.executeTakeFirst();
  return Number(taken.numUpdatedRows) === 1;
}

/** Forgets every key first used before `expiredBefore`; answers how many went. Run by the hourly sweep. */
export async function deleteExpiredIdempotencyKeys(db: Db, expiredBefore: string): Promise<number> {
  const deleted = await db.deleteFrom('idempotency_keys').where('created_at', '<', expiredBefore).executeTakeFirst();
  return Number(deleted.numDeletedRows);
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
