import type { Effect, LedgerFactKind, TransitionErrorCode } from './visit-events.js';
import type { AlertKind, TimerKind, Visit } from './visit-types.js';

// Small builders the transition handlers share, so that each handler reads as "new state + what to do".

export interface Step {
  readonly visit: Visit;
  readonly effects: readonly Effect[];
}

export const ledger = (kind: LedgerFactKind, data: Record<string, unknown> = {}): Effect => ({
  type: 'ledger',
  kind,
  data,
});

export const command = {
  recordStart: { type: 'command', role: 'camera', command: 'record.start' },
  unlock: { type: 'command', role: 'lock', command: 'unlock' },
  lock: { type: 'command', role: 'lock', command: 'lock' },
  visitClose: { type: 'command', role: 'lock', command: 'visit.close' },
  recordStop: (postRollMs: number): Effect => ({ type: 'command', role: 'camera', command: 'record.stop', postRollMs }),
} as const satisfies Record<string, Effect | ((n: number) => Effect)>;

export type Timers = Visit['timers'];

/** Arms timers (replacing any of the same kind) and disarms others, returning the new table and its effects. */
export function retime(
  timers: Timers,
  arm: Partial<Record<TimerKind, number>>,
  disarm: readonly TimerKind[] = [],
): { timers: Timers; effects: Effect[] } {
  const next: Partial<Record<TimerKind, number>> = { ...timers };
  const effects: Effect[] = [];
  for (const kind of disarm) {
    if (next[kind] === undefined) continue;
    delete next[kind];
    effects.push({ type: 'cancel_timer', kind });
  }
  for (const [kind, atMs] of Object.entries(arm) as [TimerKind, number][]) {
    next[kind] = atMs;
    effects.push({ type: 'set_timer', kind, atMs });
  }
  return { timers: next, effects };
}

/** Disarms every armed timer (a visit leaving for a terminal state leaves nothing behind). */
export function disarmAll(timers: Timers): { timers: Timers; effects: Effect[] } {
  return retime(timers, {}, Object.keys(timers) as TimerKind[]);
}

export const ALERT_MESSAGES: Readonly<Record<AlertKind, string>> = {
  door_left_open: 'The door has been left open',
  visit_overdue: 'The visit is taking longer than expected',
  camera_gap: 'The camera stopped sending video during the visit',
  lock_jammed: 'The lock did not confirm it is locked',
  camera_failed: 'The camera could not record the visit',
  door_opened_without_visit: 'The door was opened with no visit in progress',
  garage_opened_without_visit: 'The garage door was opened with no visit in progress',
  garage_left_open: 'The garage door did not close after the visit',
  boot_left_unlocked: 'The car\u2019s boot did not report closed and locked after the delivery',
};

/** Raises an alert: marks the visit, tells the customer and records the fact. */
export function raise(
  visit: Visit,
  kind: AlertKind,
  nowMs: number,
  options: { unverified?: boolean; message?: string } = {},
): { marks: Visit['marks']; effects: Effect[] } {
  const message = options.message ?? ALERT_MESSAGES[kind];
  return {
    marks: { unverified: visit.marks.unverified || options.unverified === true, alerts: [...visit.marks.alerts, kind] },
    effects: [{ type: 'alert', kind, message }, ledger('visit.alert', { kind, message, atMs: nowMs })],
  };
}

/** A handler's answer: the next step, or why this event is not accepted in this state (and its code, if not the usual). */
export type Handled = Step | { readonly refused: string; readonly code?: TransitionErrorCode };

export const refuse = (why: string, code?: TransitionErrorCode): Handled =>
  code === undefined ? { refused: why } : { refused: why, code };
