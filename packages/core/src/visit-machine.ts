import { moduleOfVisit } from './access-kinds.js';
import type { Effect, TransitionError, TransitionErrorCode, VisitEvent } from './visit-events.js';
import { TERMINAL_STATES, type Visit } from './visit-types.js';

// The visit state machine (docs/visits.md): pure, total, and the only place that decides what a visit does next.
// The service calling it persists `visit` and carries out `effects` in order. What happens at the door is the
// visit's access kind's (access-kinds.ts): a door with a lock, a garage with an opener, …

export type TransitionResult = { visit: Visit; effects: readonly Effect[] } | { error: TransitionError };

const error = (visit: Visit, event: VisitEvent, code: TransitionErrorCode, message: string): TransitionResult => ({
  error: { code, state: visit.state, event: event.type, message },
});

/** Applies one event at `nowMs`. An event the state does not accept is an error value; the visit is unchanged. */
export function transition(visit: Visit, event: VisitEvent, nowMs: number): TransitionResult {
  if (TERMINAL_STATES.includes(visit.state)) return error(visit, event, 'terminal', `the visit is ${visit.state}`);
  if (event.type === 'timer') {
    const dueAt = visit.timers[event.kind];
    // A timer the visit no longer holds was cancelled or replaced: its late delivery changes nothing.
    if (dueAt === undefined) return error(visit, event, 'timer_not_armed', `no ${event.kind} timer is armed`);
    if (nowMs < dueAt) return error(visit, event, 'timer_not_due', `${event.kind} is due at ${dueAt}`);
  }
  const kind = moduleOfVisit(visit);
  const handled = kind.handle(visit, event, nowMs);
  if ('refused' in handled) return error(visit, event, handled.code ?? 'invalid_event', handled.refused);
  // Whatever way a visit ends, the kind adds its endings (a door closes a capability left live at the lock).
  if (TERMINAL_STATES.includes(handled.visit.state)) {
    return { visit: handled.visit, effects: [...handled.effects, ...kind.endings(visit, nowMs)] };
  }
  return { visit: handled.visit, effects: handled.effects };
}

export function isTerminal(visit: Visit): boolean {
  return TERMINAL_STATES.includes(visit.state);
}
