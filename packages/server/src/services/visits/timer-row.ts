import type { TimerKind, Visit } from '@threshold/core';
import { cancelJob, rescheduleJob, scheduleJob } from '../../jobs/schedule.js';
import { isoAt } from '../../ports.js';
import type { Db } from '../../store/db.js';
import type { ServiceDeps } from '../deps.js';

// A visit's durable timers (DESIGN.md "durable timers") are one job row, due at the earliest deadline the visit
// holds (core `visit.timers`) and rewritten in the transaction of every step that arms or disarms one: a step costs
// one statement for all its timers, not one per timer. When the row runs, the timers then due fire in order
// (timers.ts), and the step each one causes re-arms the row for the next deadline, in its own transaction.

export const VISIT_TIMERS_JOB = 'visit.timers';
export const visitTimersKey = (visitId: string) => `visit:${visitId}:timers`;

type Timers = Visit['timers'];

/** The earliest deadline of the armed timers, or null when none is armed. */
export function nextDeadline(timers: Timers): number | null {
  const deadlines = Object.values(timers).filter((at): at is number => typeof at === 'number');
  return deadlines.length === 0 ? null : Math.min(...deadlines);
}

/** The armed timers due at `nowMs`, the earliest first. */
export function dueTimers(timers: Timers, nowMs: number): TimerKind[] {
  return (Object.entries(timers) as [TimerKind, number | undefined][])
    .filter((entry): entry is [TimerKind, number] => entry[1] !== undefined && entry[1] <= nowMs)
    .sort((x, y) => x[1] - y[1])
    .map(([kind]) => kind);
}

/**
 * Makes the visit's timer row match `timers` (in the caller's transaction): due at the next deadline, or gone when
 * nothing is armed. A rewritten row takes a new id, so a runner still holding the old one cannot delete it.
 * `replacing`: only while the row is still that job (a step since has written a newer one). True when a timer is
 * armed (the runner is woken: it may be due soon).
 */
export async function armVisitTimers(
  tx: Db,
  deps: ServiceDeps,
  visitId: string,
  timers: Timers,
  replacing?: string,
): Promise<boolean> {
  const next = nextDeadline(timers);
  if (next === null) {
    // The job `replacing` names is the one running: its runner deletes it (by id), and a newer row stays.
    if (replacing === undefined) await cancelJob(tx, visitTimersKey(visitId));
    return false;
  }
  if (replacing !== undefined) return rescheduleJob(tx, replacing, isoAt(next), deps.ids.id('job'));
  await scheduleJob(tx, {
    key: visitTimersKey(visitId),
    kind: VISIT_TIMERS_JOB,
    runAt: isoAt(next),
    payload: { visitId },
    id: deps.ids.id('job'),
    createdAt: isoAt(deps.clock.now()),
  });
  return true;
}
