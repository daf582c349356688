import { ensureRounds, roundHandler } from '../jobs/recurring.js';
import type { JobHandler } from '../jobs/runner.js';
import { type Clock, isoAt } from '../ports.js';
import type { Db } from '../store/db.js';
import { deleteExpiredIdempotencyKeys } from '../store/idempotency-repo.js';
import { IDEMPOTENCY_TTL_MS } from './idempotency.js';

// Idempotency keys are answered for 24 h (docs/api.md "Idempotency"). A claim takes over an expired row it meets
// (store/idempotency-repo.ts), so forgetting the others is housekeeping: one recurring job, shared by every node
// through the jobs table, instead of a delete before every claimed request.

export const IDEMPOTENCY_EXPIRY_JOB = 'idempotency.expire';
export const IDEMPOTENCY_EXPIRY_PERIOD_MS = 60 * 60_000;

type ExpiryDeps = { db: Db; clock: Clock };

/** Deletes the keys older than their 24 h; answers how many went. */
export function expireIdempotencyKeys(deps: ExpiryDeps): Promise<number> {
  return deleteExpiredIdempotencyKeys(deps.db, isoAt(deps.clock.now() - IDEMPOTENCY_TTL_MS));
}

/** Starts the recurring sweep unless a node already did (a restart must not postpone it). */
export function ensureIdempotencyExpiry(deps: ExpiryDeps): Promise<void> {
  return ensureRounds(deps, IDEMPOTENCY_EXPIRY_JOB, IDEMPOTENCY_EXPIRY_PERIOD_MS);
}

export function idempotencyExpiryJobHandlers(deps: ExpiryDeps): Record<string, JobHandler> {
  return roundHandler(deps, IDEMPOTENCY_EXPIRY_JOB, IDEMPOTENCY_EXPIRY_PERIOD_MS, () => expireIdempotencyKeys(deps));
}
