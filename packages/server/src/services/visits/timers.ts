import type { TimerKind } from '@threshold/core';
import type { JobContext, JobHandler } from '../../jobs/runner.js';
import type { VisitRow } from '../../store/schema-visits.js';
import { findVisitRow } from '../../store/visits-repo.js';
import type { VisitDeps } from './deps.js';
import { visitJobKind } from './deps.js';
import { garageJobHandlers } from './kinds/garage-unattended.js';
import { applyVisitEvent, parseVisit } from './runner.js';
import { armVisitTimers, dueTimers, VISIT_TIMERS_JOB } from './timer-row.js';

// Visit timers live in the jobs table (DESIGN.md "durable timers"), so a restart after SIGKILL still relocks or
// alerts: one row per visit, due at its next deadline (timer-row.ts). A timer the visit no longer holds (cancelled,
// replaced, visit over) is refused by core and simply dropped.

/** The kinds of the one-row-per-timer jobs written before a visit's timers shared one row: they still fire. */
const TIMER_KINDS: readonly TimerKind[] = [
  'relock_due',
  'overdue',
  'door_open_too_long',
  'heartbeat_gap',
  'recording_confirm_timeout',
  'arrival_timeout',
];

/** Fires one timer; the row that step wrote, or undefined when it was refused (the next step reads afresh). */
async function fire(
  deps: VisitDeps,
  visitId: string,
  kind: TimerKind,
  known?: VisitRow,
): Promise<VisitRow | undefined> {
  const applied = await applyVisitEvent(deps, visitId, { type: 'timer', kind }, known);
  if (applied.ok) {
    await applied.value.commands;
    return applied.value.saved;
  }
  deps.log.info({ visitId, kind, reason: applied.error.detail }, 'visit timer dropped');
  return undefined;
}

/** Fires every timer of the visit due now, earliest first, then leaves the row armed for the timers left. */
async function fireDue(deps: VisitDeps, visitId: string, ctx: JobContext): Promise<void> {
  let row = await findVisitRow(deps.db, visitId);
  if (!row) return;
  for (const kind of dueTimers(parseVisit(row).timers, deps.clock.now())) row = await fire(deps, visitId, kind, row);
  // A timer that fires without arming or disarming another (an alert) leaves this row as it was, and the runner
  // deletes it when this returns; nothing due (a node whose clock runs ahead claimed it) leaves it too. So re-arm it
  // for the timers left, read afresh (the steps' commands, a relock, may have moved the visit on), unless a step has
  // written a newer row since (it holds the visit's timers as they are now).
  const left = await findVisitRow(deps.db, visitId);
  if (left) await armVisitTimers(deps.db, deps, visitId, parseVisit(left).timers, ctx.jobId);
}

export function visitJobHandlers(deps: VisitDeps): Record<string, JobHandler> {
  const handlers: Record<string, JobHandler> = {
    [VISIT_TIMERS_JOB]: (payload, ctx) => fireDue(deps, (payload as { visitId: string }).visitId, ctx),
  };
  for (const kind of TIMER_KINDS) {
    handlers[visitJobKind(kind)] = async (payload) => {
      await fire(deps, (payload as { visitId: string }).visitId, kind);
    };
  }
  return { ...handlers, ...garageJobHandlers(deps) };
}
