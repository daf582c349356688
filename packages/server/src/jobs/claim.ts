import type { ExpressionBuilder } from 'kysely';
import { type Db, type Store, withLazyCommit, withTransaction } from '../store/db.js';
import type { Database } from '../store/schema.js';
import type { JobRow } from '../store/schema-visits.js';

export interface ClaimOptions {
  nodeId: string;
  /** ISO-8601 UTC "now" of the runner's clock. */
  now: string;
  /** ISO-8601 UTC end of the lease: after it, the job is claimable again (its node is presumed dead). */
  lockedUntil: string;
  limit: number;
  maxAttempts: number;
}

/** Due, not leased (or the lease expired), and not given up. */
function claimable(now: string, maxAttempts: number) {
  return (eb: ExpressionBuilder<Database, 'jobs'>) =>
    eb.and([
      eb('run_at', '<=', now),
      eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]),
      eb('attempts', '<', maxAttempts),
    ]);
}

/**
 * PostgreSQL: lock the due rows with FOR UPDATE SKIP LOCKED, so concurrent runners on other nodes take disjoint
 * sets, and lease them in the same transaction.
 */
async function claimOnPostgres(db: Db, o: ClaimOptions): Promise<JobRow[]> {
  return withTransaction(db, async (tx) => {
    const due = await tx
      .selectFrom('jobs')
      .select('id')
      .where(claimable(o.now, o.maxAttempts))
      .orderBy('run_at')
      .limit(o.limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (due.length === 0) return [];
    return tx
      .updateTable('jobs')
      .set({ locked_by: o.nodeId, locked_until: o.lockedUntil })
      .where(
        'id',
        'in',
        due.map((d) => d.id),
      )
      .returningAll()
      .execute();
  });
}

/** SQLite has one writer: a single UPDATE … WHERE id IN (SELECT … LIMIT n) RETURNING is atomic. */
async function claimOnSqlite(db: Db, o: ClaimOptions): Promise<JobRow[]> {
  return db
    .updateTable('jobs')
    .set({ locked_by: o.nodeId, locked_until: o.lockedUntil })
    .where('id', 'in', (eb) =>
      eb.selectFrom('jobs').select('id').where(claimable(o.now, o.maxAttempts)).orderBy('run_at').limit(o.limit),
    )
    .returningAll()
    .execute();
}

/**
 * Leases up to `limit` due jobs to `nodeId`, oldest due first. A lease is bookkeeping: lost in a power cut, the job
 * is simply claimable again, as after any crash, so it commits lazily (store/db.ts withLazyCommit).
 */
export async function claimDueJobs(store: Store, options: ClaimOptions): Promise<JobRow[]> {
  const claim = store.dialect === 'postgres' ? claimOnPostgres : claimOnSqlite;
  const rows = await withLazyCommit(store.db, (db) => claim(db, options));
  return rows.sort((a, b) => (a.run_at < b.run_at ? -1 : a.run_at > b.run_at ? 1 : 0));
}

/** Jobs leased by `nodeId` before a restart belong to nobody now: free them instead of waiting out the lease. */
export async function releaseLeases(store: Store, nodeId: string): Promise<number> {
  const result = await store.db
    .updateTable('jobs')
    .set({ locked_by: null, locked_until: null })
    .where('locked_by', '=', nodeId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
