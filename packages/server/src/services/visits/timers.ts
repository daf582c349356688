import type { TimerKind } from '@threshold/core';
import type { JobContext, JobHandler } from '../../jobs/runner.js';
import type { VisitRow } from '../../store/schema-visits.js';
import { findVisitRow } from '../../store/visits-repo.js';
import type { VisitDeps } from './deps.js';
import { visitJobKind } from './deps.js';
import { garageJobHandlers } from './kinds/garage-unattended.js';
import { applyVisitEvent, parseVisit } from './runner.js';
import { armVisitTimers, dueTimers, nextDeadline, VISIT_TIMERS_JOB } from './timer-row.js';

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

/** Fires every timer of the visit due now, earliest first; each step re-arms the row for what is left. */
async function fireDue(deps: VisitDeps, visitId: string, ctx: JobContext): Promise<void> {
  let row = await findVisitRow(deps.db, visitId);
  if (!row) return;
  const { timers } = parseVisit(row);
  const due = dueTimers(timers, deps.clock.now());
  // Nothing due by this node's clock (a node whose clock runs ahead claimed it): keep the row armed, unless a step
  // has written a newer one since (it holds the visit's timers as they are now).
  if (due.length === 0) {
    if (nextDeadline(timers) !== null) await armVisitTimers(deps.db, deps, visitId, timers, ctx.jobId);
    return;
  }
  for (const kind of due) row = await fire(deps, visitId, kind, row);
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
