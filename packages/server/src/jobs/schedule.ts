import { isoAt, randomIds, systemClock } from '../ports.js';
import type { Db } from '../store/db.js';

// Durable timers (DESIGN.md "Real parts": a jobs table polled by every node). A job is written in the caller's
// transaction, so a timer exists exactly when the state change that needs it commits.

export interface JobSchedule {
  /** Names a timer so a later schedule replaces it and cancelJob removes it, e.g. `visit:v_1:relock_due`. */
  key?: string | undefined;
  kind: string;
  /** ISO-8601 UTC: not run before this instant. */
  runAt: string;
  /** JSON-serialisable; handed to the handler parsed. */
  payload: unknown;
  /** Defaults to a random `job_…` id. */
  id?: string | undefined;
  /** Defaults to the system clock; pass the service's clock for deterministic rows. */
  createdAt?: string | undefined;
}

function jobRow(job: JobSchedule) {
  return {
    id: job.id ?? randomIds.id('job'),
    key: job.key ?? null,
    kind: job.kind,
    payload: JSON.stringify(job.payload ?? null),
    run_at: job.runAt,
    attempts: 0,
    locked_by: null,
    locked_until: null,
    last_error: null,
    created_at: job.createdAt ?? isoAt(systemClock.now()),
  };
}

/**
 * Inserts a job, or replaces the job with the same key: the new row takes a new id, resets attempts and any lease,
 * so a runner still executing the old schedule cannot delete or reschedule the new one (it acts by id).
 */
export async function scheduleJob(tx: Db, job: JobSchedule): Promise<string> {
  const row = jobRow(job);
  const insert = tx.insertInto('jobs').values(row);
  if (row.key === null) await insert.execute();
  else {
    const { key: _key, ...replaced } = row;
    await insert.onConflict((oc) => oc.column('key').doUpdateSet(replaced)).execute();
  }
  return row.id;
}

/** Removes the timer named `key`; true when there was one. */
export async function cancelJob(tx: Db, key: string): Promise<boolean> {
  const result = await tx.deleteFrom('jobs').where('key', '=', key).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Inserts keyed jobs in one statement, each unless a job with its key exists already: work that runs twice (a
 * notice's fan-out retried) schedules each of its jobs once.
 */
export async function scheduleJobsOnce(tx: Db, jobs: readonly (JobSchedule & { key: string })[]): Promise<void> {
  if (jobs.length === 0) return;
  await tx
    .insertInto('jobs')
    .values(jobs.map(jobRow))
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

/**
 * Moves the job `id` to `runAt` under a new id (so its runner, which deletes by id, leaves it), unlike scheduleJob
 * never bringing back a job deleted since; true when it was still there.
 */
export async function rescheduleJob(tx: Db, id: string, runAt: string, newId: string): Promise<boolean> {
  const result = await tx
    .updateTable('jobs')
    .set({ id: newId, run_at: runAt, attempts: 0, locked_by: null, locked_until: null, last_error: null })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
