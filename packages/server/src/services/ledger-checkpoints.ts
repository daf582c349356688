import { sql } from 'kysely';
import type { JobHandler } from '../jobs/runner.js';
import { scheduleJob } from '../jobs/schedule.js';
import { isoAt } from '../ports.js';
import type { Db } from '../store/db.js';
import { checkpointHome, type LedgerDeps } from './ledger.js';

// Periodic checkpoints (DESIGN.md "Ledger": periodic checkpoints sign the head). One recurring job, shared by every
// node through the jobs table, signs the head of each home whose ledger grew since its last checkpoint, so a cut-off
// tail or a rewritten entry is caught against a signature at most one period old.

export const CHECKPOINT_JOB = 'ledger.checkpoint';
export const CHECKPOINT_PERIOD_MS = 5 * 60_000;

/** Homes whose ledger head is past their newest checkpoint. */
export async function homesBehindCheckpoint(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('ledger_heads as h')
    .select('h.home_id')
    .where(
      'h.seq',
      '>',
      sql<number>`coalesce((select max(c.tree_size) from ledger_checkpoints c where c.home_id = h.home_id), 0)`,
    )
    .orderBy('h.home_id')
    .execute();
  return rows.map((r) => r.home_id);
}

function scheduleNext(deps: LedgerDeps, afterMs: number): Promise<string> {
  return scheduleJob(deps.db, {
    key: CHECKPOINT_JOB,
    kind: CHECKPOINT_JOB,
    runAt: isoAt(deps.clock.now() + afterMs),
    payload: null,
    createdAt: isoAt(deps.clock.now()),
  });
}

/** Starts the recurring checkpoint job unless a node already did (a restart must not postpone it). */
export async function ensureCheckpointSchedule(deps: LedgerDeps): Promise<void> {
  const existing = await deps.db.selectFrom('jobs').select('id').where('key', '=', CHECKPOINT_JOB).executeTakeFirst();
  if (!existing) await scheduleNext(deps, CHECKPOINT_PERIOD_MS);
}

export function checkpointJobHandlers(
  deps: LedgerDeps,
  log: { warn(obj: object, msg: string): void },
): Record<string, JobHandler> {
  return {
    [CHECKPOINT_JOB]: async () => {
      for (const homeId of await homesBehindCheckpoint(deps.db)) {
        const signed = await checkpointHome(deps, homeId);
        // A home whose ledger fails verification is not signed over; that failure is evidence, so say it loudly.
        if (!signed.ok) log.warn({ homeId, problem: signed.error }, 'ledger checkpoint refused');
      }
      await scheduleNext(deps, CHECKPOINT_PERIOD_MS);
    },
  };
}
