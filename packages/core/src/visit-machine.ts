import {
  onArrive,
  onRecordingConfirmed,
  onRecordingFailed,
  onUnlockRefused,
  onUnlockRequested,
} from './visit-arrival.js';
import { closeEffects, onCapabilityRequested, onCapabilityUnused } from './visit-capability.js';
import { onComplete, onDoorClosed, onDoorOpened, onJammed, onRelocked, onUnlocked } from './visit-door.js';
import { onAbort, onEndReentry, onFallback } from './visit-endings.js';
import type { Effect, TransitionError, TransitionErrorCode, VisitEvent } from './visit-events.js';
import type { Handled } from './visit-step.js';
import { TERMINAL_STATES, type Visit } from './visit-types.js';
import { onHeartbeat, onTimer } from './visit-watch.js';

// The visit state machine (docs/visits.md): pure, total, and the only place that decides what a visit does next.
// The service calling it persists `visit` and carries out `effects` in order.

export type TransitionResult = { visit: Visit; effects: readonly Effect[] } | { error: TransitionError };

function dispatch(visit: Visit, event: VisitEvent, nowMs: number): Handled {
  switch (event.type) {
    case 'arrive':
      return onArrive(visit, event, nowMs);
    case 'unlock_requested':
      return onUnlockRequested(visit, nowMs);
    case 'recording_confirmed':
      return onRecordingConfirmed(visit, event, nowMs);
    case 'capability_requested':
      return onCapabilityRequested(visit, event, nowMs);
    case 'capability_unused':
      return onCapabilityUnused(visit, event, nowMs);
    case 'recording_failed':
      return onRecordingFailed(visit, event, nowMs);
    case 'unlocked':
      return onUnlocked(visit, nowMs);
    case 'unlock_refused':
      return onUnlockRefused(visit, event, nowMs);
    case 'door_opened':
      return onDoorOpened(visit, nowMs);
    case 'door_closed':
      return onDoorClosed(visit, nowMs);
    case 'relocked':
      return onRelocked(visit, nowMs);
    case 'jammed':
      return onJammed(visit, nowMs);
    case 'complete':
      return onComplete(visit, nowMs);
    case 'fallback':
      return onFallback(visit, event, nowMs);
    case 'abort':
      return onAbort(visit, event, nowMs);
    case 'end_reentry':
      return onEndReentry(visit);
    case 'timer':
      return onTimer(visit, event.kind, nowMs);
    case 'heartbeat':
      return onHeartbeat(visit, nowMs);
  }
}

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
  const handled = dispatch(visit, event, nowMs);
  if ('refused' in handled) return error(visit, event, handled.code ?? 'invalid_event', handled.refused);
  // Whatever way a visit ends, a capability it may have left live is closed at the lock (visit-capability.ts).
  if (TERMINAL_STATES.includes(handled.visit.state)) {
    return { visit: handled.visit, effects: [...handled.effects, ...closeEffects(visit, nowMs)] };
  }
  return { visit: handled.visit, effects: handled.effects };
}

export function isTerminal(visit: Visit): boolean {
  return TERMINAL_STATES.includes(visit.state);
}
