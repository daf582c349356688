import type { TimerKind, Visit } from '@threshold/core';
import { DEFAULT_JOB_POLL_MS } from '../../jobs/runner.js';
import { cancelJob, rescheduleJob, scheduleJob } from '../../jobs/schedule.js';
import { isoAt } from '../../ports.js';
import type { Db } from '../../store/db.js';
import type { ServiceDeps } from '../deps.js';
import type { VisitDeps } from './deps.js';

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

/** A deadline this close to the step that arms it may be due before the step commits: the caller wakes the runner. */
const DUE_AT_COMMIT_MS = 250;

/**
 * Wakes the job runner at a deadline before its next poll, so the timer fires on time. A later one needs no wake:
 * the runner's regular poll finds it, and a wake now would only make the runner claim whatever else is due (a
 * notice) alone rather than with the others its next poll gathers. The wake is a hint: a timer whose step did not
 * commit finds nothing to claim, and one committed later than its deadline is claimed at the caller's wake
 * (armVisitTimers returns true) or at the next poll, as any job.
 */
function wakeAt(deps: Pick<VisitDeps, 'clock' | 'kickJobs'>, deadline: number): number {
  const wait = deadline - deps.clock.now();
  const kick = deps.kickJobs;
  if (kick && wait <= DEFAULT_JOB_POLL_MS) setTimeout(kick, Math.max(0, wait)).unref();
  return wait;
}

/**
 * Makes the visit's timer row match `timers` (in the caller's transaction): due at the next deadline, or gone when
 * nothing is armed. A rewritten row takes a new id, so a runner still holding the old one cannot delete it.
 * `replacing`: only while the row is still that job (a step since has written a newer one). True when the next
 * deadline is due by the time the transaction commits: the caller wakes the runner then (one further off is woken
 * for at its instant, wakeAt).
 */
export async function armVisitTimers(
  tx: Db,
  deps: ServiceDeps & Pick<VisitDeps, 'kickJobs'>,
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
  if (replacing !== undefined) {
    const moved = await rescheduleJob(tx, replacing, isoAt(next), deps.ids.id('job'));
    return moved && wakeAt(deps, next) <= DUE_AT_COMMIT_MS;
  }
  await scheduleJob(tx, {
    key: visitTimersKey(visitId),
    kind: VISIT_TIMERS_JOB,
    runAt: isoAt(next),
    payload: { visitId },
    id: deps.ids.id('job'),
    createdAt: isoAt(deps.clock.now()),
  });
  return wakeAt(deps, next) <= DUE_AT_COMMIT_MS;
}
