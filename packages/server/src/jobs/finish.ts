import { type Store, withLazyCommit } from '../store/db.js';
import type { JobRow } from '../store/schema-visits.js';

// A runner acts on a job only by its id and its own lease: a job replaced (new id) or reclaimed by another node
// after the lease expired (other locked_by) is left to its new owner.

/**
 * Deletes jobs that ran (a pass's, runner.ts) in one statement. Its commit is lazy (store/db.ts withLazyCommit): a
 * handler may run more than once anyway (runner.ts), and whatever it wrote durably commits before this delete, so a
 * power cut can lose the delete only together with nothing durable after it, and the job runs again, as after a crash
 * between its work and its delete.
 */
export async function completeJobs(store: Store, jobs: readonly JobRow[], nodeId: string): Promise<void> {
  const ids = jobs.map((job) => job.id);
  await withLazyCommit(store.db, (db) =>
    db.deleteFrom('jobs').where('id', 'in', ids).where('locked_by', '=', nodeId).execute(),
  );
}

/** Records a failure: retried at `retryAt`, or — when `retryAt` is null — kept, unleased, as given up. */
export async function failJob(
  store: Store,
  job: JobRow,
  nodeId: string,
  failure: { error: string; retryAt: string | null },
): Promise<void> {
  await store.db
    .updateTable('jobs')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      last_error: failure.error.slice(0, 2000),
      run_at: failure.retryAt ?? job.run_at,
      locked_by: null,
      locked_until: null,
    }))
    .where('id', '=', job.id)
    .where('locked_by', '=', nodeId)
    .execute();
}
