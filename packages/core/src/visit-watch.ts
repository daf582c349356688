import { fail } from './visit-arrival.js';
import { onAbort } from './visit-endings.js';
import { command, type Handled, raise, refuse, retime } from './visit-step.js';
import type { TimerKind } from './visit-types.js';
import { BOLT_OPEN_STATES, type Visit } from './visit-types.js';

// Timers and heartbeats: how the visit polices its own expectations while it runs (docs/visits.md "Timers").

const boltOpen = (visit: Visit): boolean => BOLT_OPEN_STATES.includes(visit.state);

/** Raises an alert and drops the fired timer from the table (it is not re-armed). */
function alertOnTimer(
  visit: Visit,
  kind: TimerKind,
  alert: Parameters<typeof raise>[1],
  nowMs: number,
  unverified = false,
): Handled {
  const { timers } = retime(visit.timers, {}, [kind]);
  const raised = raise(visit, alert, nowMs, { unverified });
  return { visit: { ...visit, timers, marks: raised.marks }, effects: raised.effects };
}

/** First relock_due: send a lock command and wait once more; second: the lock has not confirmed, so alert. */
function onRelockDue(visit: Visit, nowMs: number): Handled {
  if (visit.state !== 'unlocked' && visit.state !== 'door_closed') return refuse('no relock is due');
  if (visit.relockCommanded) return alertOnTimer(visit, 'relock_due', 'lock_jammed', nowMs);
  const { timers, effects } = retime(visit.timers, { relock_due: nowMs + visit.expectations.relockAfterMs });
  return { visit: { ...visit, relockCommanded: true, timers }, effects: [command.lock, ...effects] };
}

/** Called only for an armed timer that is due (the dispatcher checks). */
export function onTimer(visit: Visit, kind: TimerKind, nowMs: number): Handled {
  switch (kind) {
    case 'recording_confirm_timeout':
      if (visit.state !== 'verified') return refuse('no recording confirmation is awaited');
      return fail(visit, 'camera_failed', 'the camera did not confirm recording in time', nowMs, []);
    case 'unlock_confirm_timeout':
      // No lock can accept the capability any more and the bolt was never reported drawn. The lock is told to lock
      // (a bolt drawn whose report was lost closes again) before the camera stops, so the post-roll covers it.
      if (visit.state !== 'recording') return refuse('no unlock is awaited');
      return fail(visit, 'unlock_refused', 'the lock did not confirm the unlock', nowMs, [
        command.lock,
        command.recordStop(visit.expectations.postRollMs),
      ]);
    case 'relock_due':
      return onRelockDue(visit, nowMs);
    case 'overdue':
      return boltOpen(visit) ? alertOnTimer(visit, kind, 'visit_overdue', nowMs) : refuse('the door is not unlocked');
    case 'door_open_too_long':
      return visit.state === 'door_opened'
        ? alertOnTimer(visit, kind, 'door_left_open', nowMs)
        : refuse('the door is not open');
    case 'arrival_timeout':
      if (visit.state !== 'arrived' && visit.state !== 'denied') return refuse('the courier has moved on');
      return onAbort(visit, { type: 'abort', reason: 'timed_out', note: '' }, nowMs);
    case 'heartbeat_gap':
      if (visit.state !== 'recording' && !boltOpen(visit)) return refuse('the camera is not watching this visit');
      // Footage that stops while the bolt is open leaves part of the visit unseen: the visit is marked unverified.
      return alertOnTimer(visit, kind, 'camera_gap', nowMs, boltOpen(visit));
    case 'open_confirm_timeout':
    case 'close_confirm_timeout':
      return refuse('a door visit has no garage timers');
  }
}

/** A heartbeat re-arms the gap timer while the camera must be watching; before confirmation or in post-roll it is noted only. */
export function onHeartbeat(visit: Visit, nowMs: number): Handled {
  if (visit.state === 'verified' || visit.state === 'relocked') return { visit, effects: [] };
  if (visit.state !== 'recording' && !boltOpen(visit)) return refuse('the camera is not recording for this visit');
  const { timers, effects } = retime(visit.timers, { heartbeat_gap: nowMs + visit.expectations.heartbeatGapMs });
  return { visit: { ...visit, timers }, effects };
}
