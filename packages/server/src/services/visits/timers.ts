import type { TimerKind } from '@threshold/core';
import type { JobHandler } from '../../jobs/runner.js';
import type { VisitDeps } from './deps.js';
import { visitJobKind } from './deps.js';
import { garageJobHandlers } from './kinds/garage-unattended.js';
import { applyVisitEvent } from './runner.js';

// Visit timers live in the jobs table (DESIGN.md "durable timers"), so a restart after SIGKILL still relocks or
// alerts. A timer the visit no longer holds (cancelled, replaced, visit over) is refused by core and simply dropped.

const TIMER_KINDS: readonly TimerKind[] = [
  'relock_due',
  'overdue',
  'door_open_too_long',
  'heartbeat_gap',
  'recording_confirm_timeout',
  'arrival_timeout',
];

export function visitJobHandlers(deps: VisitDeps): Record<string, JobHandler> {
  const handlers: Record<string, JobHandler> = {};
  for (const kind of TIMER_KINDS) {
    handlers[visitJobKind(kind)] = async (payload) => {
      const { visitId } = payload as { visitId: string };
      const applied = await applyVisitEvent(deps, visitId, { type: 'timer', kind });
      if (applied.ok) await applied.value.commands;
      else deps.log.info({ visitId, kind, reason: applied.error.detail }, 'visit timer dropped');
    };
  }
  return { ...handlers, ...garageJobHandlers(deps) };
}
