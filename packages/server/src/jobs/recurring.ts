import { type Clock, isoAt } from '../ports.js';
import type { Db } from '../store/db.js';
import type { JobHandler } from './runner.js';
import { scheduleJob } from './schedule.js';

// A recurring job is one row keyed by its kind: each run schedules the next, and a node starting up adds the row
// only when none exists, so restarts never postpone a round (services/ledger-checkpoints.ts, services/retention.ts).

export function scheduleRound(deps: { db: Db; clock: Clock }, kind: string, afterMs: number): Promise<string> {
  const now = deps.clock.now();
  return scheduleJob(deps.db, { key: kind, kind, runAt: isoAt(now + afterMs), payload: null, createdAt: isoAt(now) });
}

export async function ensureRounds(deps: { db: Db; clock: Clock }, kind: string, periodMs: number): Promise<void> {
  const existing = await deps.db.selectFrom('jobs').select('id').where('key', '=', kind).executeTakeFirst();
  if (!existing) await scheduleRound(deps, kind, periodMs);
}

/** The handler of a recurring job: one round of `run`, then the next round scheduled. */
export function roundHandler(
  deps: { db: Db; clock: Clock },
  kind: string,
  periodMs: number,
  run: () => Promise<unknown>,
): Record<string, JobHandler> {
  return {
    [kind]: async () => {
      await run();
      await scheduleRound(deps, kind, periodMs);
    },
  };
}
