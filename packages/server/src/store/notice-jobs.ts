import { scheduleJob } from '../jobs/schedule.js';
import type { Db } from './db.js';

// A notice is announced by a durable job written in the transaction of the fact it announces (the alert row, the
// visit's new state): no fact without its notice, no notice of a fact that rolled back. Nothing is sent inside a
// request; the job runner fans the notice out to people and channels (services/notifications/fanout.ts).

export const FANOUT_JOB = 'notify.fanout';

export type NoticeSource =
  | { source: 'alert'; alertId: string }
  | { source: 'visit'; visitId: string; state: string; homeId: string };

export async function enqueueNotice(tx: Db, notice: NoticeSource, at: string): Promise<void> {
  await scheduleJob(tx, { kind: FANOUT_JOB, runAt: at, payload: notice, createdAt: at });
}

/** Inserts a keyed job unless one with that key exists: a fan-out that runs twice schedules each send once. */
export async function scheduleOnce(
  tx: Db,
  job: { id: string; key: string; kind: string; runAt: string; payload: unknown; createdAt: string },
): Promise<void> {
  await tx
    .insertInto('jobs')
    .values({
      id: job.id,
      key: job.key,
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      run_at: job.runAt,
      attempts: 0,
      locked_by: null,
      locked_until: null,
      last_error: null,
      created_at: job.createdAt,
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}
