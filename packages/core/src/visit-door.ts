import { fail } from './visit-arrival.js';
import { command, type Handled, ledger, refuse, retime } from './visit-step.js';
import { BOLT_OPEN_STATES, type Visit } from './visit-types.js';

// From the lock's "unlocked" to the relock and completion (docs/visits.md).

export function onUnlocked(visit: Visit, nowMs: number): Handled {
  // The type makes this the only way in: `unlocked` needs the confirmation a `recording` visit carries.
  if (visit.state !== 'recording') return refuse('no unlock was issued after a confirmed recording');
  const { relockAfterMs, maxDurationMs } = visit.expectations;
  const { timers, effects } = retime(
    visit.timers,
    { relock_due: nowMs + relockAfterMs, overdue: nowMs + maxDurationMs },
    ['unlock_confirm_timeout'],
  );
  return {
    visit: { ...visit, state: 'unlocked', unlockedAtMs: nowMs, relockCommanded: false, timers },
    effects: [ledger('lock.unlocked', { atMs: nowMs }), ...effects],
  };
}

export function onDoorOpened(visit: Visit, nowMs: number): Handled {
  if (visit.state !== 'unlocked' && visit.state !== 'door_closed')
    return refuse('the door is not unlocked for this visit');
  const { timers, effects } = retime(visit.timers, { door_open_too_long: nowMs + visit.expectations.maxDoorOpenMs }, [
    'relock_due',
  ]);
  return {
    visit: { ...visit, state: 'door_opened', doorOpenedAtMs: nowMs, timers },
    effects: [ledger('door.opened', { atMs: nowMs }), ...effects],
  };
}

export function onDoorClosed(visit: Visit, nowMs: number): Handled {
  if (visit.state !== 'door_opened') return refuse('the door is not open');
  const { timers, effects } = retime(visit.timers, { relock_due: nowMs + visit.expectations.relockAfterMs }, [
    'door_open_too_long',
  ]);
  return {
    visit: { ...visit, state: 'door_closed', doorClosedAtMs: nowMs, timers },
    effects: [ledger('door.closed', { atMs: nowMs }), ...effects],
  };
}

/** The bolt is back: only now does the camera stop, after the post-roll (DESIGN.md "Visits"). */
export function onRelocked(visit: Visit, nowMs: number): Handled {
  if (visit.state !== 'unlocked' && visit.state !== 'door_closed')
    return refuse('the door is open or was never unlocked');
  const { postRollMs } = visit.expectations;
  const { timers, effects } = retime(visit.timers, {}, ['relock_due', 'overdue', 'heartbeat_gap']);
  return {
    visit: { ...visit, state: 'relocked', relockedAtMs: nowMs, timers },
    effects: [
      ...effects,
      ledger('lock.relocked', { atMs: nowMs, insideMs: nowMs - visit.unlockedAtMs }),
      command.recordStop(postRollMs),
      ledger('recording.stop_requested', { postRollMs }),
    ],
  };
}

/**
 * A jam before the unlock or while the door is under the visit's control fails the visit with a lock_jammed alert.
 * The camera is not stopped: the bolt may be open, and an operator closes the recording (docs/visits.md).
 */
export function onJammed(visit: Visit, nowMs: number): Handled {
  if (visit.state !== 'recording' && !BOLT_OPEN_STATES.includes(visit.state))
    return refuse('the lock is not moving for this visit');
  return fail(visit, 'lock_jammed', 'the lock jammed', nowMs, []);
}

export function onComplete(visit: Visit, nowMs: number): Handled {
  if (visit.state !== 'relocked') return refuse('a visit completes only once the door is relocked');
  return {
    visit: { ...visit, state: 'completed', completedAtMs: nowMs },
    effects: [
      ledger('visit.completed', { atMs: nowMs, insideMs: visit.relockedAtMs - visit.unlockedAtMs, marks: visit.marks }),
      { type: 'notify_customer', message: 'The visit is complete and the door is locked' },
    ],
  };
}
