import type { Check, CheckName } from './check.js';
import { issueEffects } from './visit-capability.js';
import type { Effect, VisitEvent } from './visit-events.js';
import { command, disarmAll, type Handled, ledger, raise, refuse, retime } from './visit-step.js';
import {
  DEFAULT_EXPECTATIONS,
  type FailedVisit,
  unlockConfirmDeadline,
  type Visit,
  type VisitCapability,
} from './visit-types.js';

// From arrival to the unlock command: checks, the request to open, and the camera's confirmation (docs/visits.md).

type EventOf<T extends VisitEvent['type']> = Extract<VisitEvent, { type: T }>;

/** Every one of these must be present and passed: a check that was not run counts as failed. */
export const REQUIRED_CHECKS: readonly CheckName[] = [
  'person_assigned',
  'within_window',
  'within_geofence',
  'customer_allows',
  'served_area',
  'devices_ready',
  'no_open_visit',
];

/** Every required check is present, and no check failed (a service visit adds `grant_active`). */
export function allRequiredPassed(checks: readonly Check[], required: readonly CheckName[] = REQUIRED_CHECKS): boolean {
  return required.every((name) => checks.some((c) => c.name === name)) && checks.every((c) => c.passed);
}

/** Visits stored before the arrival timeout existed carry no value for it: they get the default. */
const arrivalTimeoutOf = (visit: Visit) => visit.expectations.arrivalTimeoutMs ?? DEFAULT_EXPECTATIONS.arrivalTimeoutMs;

/** `required`: the checks this access kind needs (a car boot runs its own, car-visit-checks.ts). */
export function onArrive(
  visit: Visit,
  event: EventOf<'arrive'>,
  nowMs: number,
  required: readonly CheckName[] = REQUIRED_CHECKS,
): Handled {
  if (visit.state !== 'scheduled') return refuse('the courier has already arrived');
  const recorded: Effect[] = [
    ledger('visit.opened', { personId: visit.personId, accessPointId: visit.accessPointId, atMs: nowMs }),
    ...event.checks.map((c) =>
      ledger('visit.check', { name: c.name, passed: c.passed, reason: c.reason, evidence: c.evidence }),
    ),
  ];
  const arrival = { arrivedAtMs: nowMs, checks: event.checks };
  // A courier who walks away must not leave the visit open for ever: it closes if nothing follows in time.
  const timeout = retime(visit.timers, { arrival_timeout: nowMs + arrivalTimeoutOf(visit) });
  const timed = { ...visit, ...arrival, timers: timeout.timers };
  if (allRequiredPassed(event.checks, required))
    return { visit: { ...timed, state: 'arrived' }, effects: [...recorded, ...timeout.effects] };
  const failed = event.checks.filter((c) => !c.passed);
  const missing = required.filter((name) => !event.checks.some((c) => c.name === name));
  return {
    visit: { ...timed, state: 'denied', deniedAtMs: nowMs },
    effects: [
      ...recorded,
      ...timeout.effects,
      ledger('visit.denied', { failed: failed.map((c) => c.name), reasons: failed.map((c) => c.reason), missing }),
      {
        type: 'notify_customer',
        message: `Access was refused: ${failed.map((c) => c.reason).join('; ') || 'checks missing'}`,
      },
    ],
  };
}

/** A relocked service visit goes back to `arrived` for its next passage: the facts of the last one are dropped. */
function nextPassage(visit: Visit): Visit | null {
  if (visit.state === 'arrived') return visit;
  if (visit.state !== 'relocked' || visit.reentry !== true) return null;
  const { unlockedAtMs, relockedAtMs, relockCommanded, recordingConfirmedAtMs, unlockRequestedAtMs, ...rest } = visit;
  return { ...rest, state: 'arrived' };
}

export function onUnlockRequested(current: Visit, nowMs: number): Handled {
  const visit = nextPassage(current);
  if (visit?.state !== 'arrived') return refuse('access can be requested once, after arrival with all checks passed');
  const arrival = retime(visit.timers, {}, ['arrival_timeout']);
  const { timers, effects } = retime(arrival.timers, {
    recording_confirm_timeout: nowMs + visit.expectations.recordingConfirmMs,
  });
  return {
    visit: { ...visit, state: 'verified', unlockRequestedAtMs: nowMs, timers },
    effects: [
      ...arrival.effects,
      ledger('unlock.requested', { atMs: nowMs }),
      command.recordStart,
      ledger('recording.requested', {}),
      ...effects,
    ],
  };
}

/** The camera confirmed: only now is the capability issued and the unlock sent (DESIGN.md "Visits"). */
export function onRecordingConfirmed(visit: Visit, event: EventOf<'recording_confirmed'>, nowMs: number): Handled {
  if (visit.state !== 'verified') return refuse('no recording was requested');
  // The unlock command may be lost (no ack, or the node sending it died): once no lock can accept this capability,
  // unlock_confirm_timeout ends a visit still waiting for the bolt (visit-watch.ts).
  const arm = {
    heartbeat_gap: nowMs + visit.expectations.heartbeatGapMs,
    unlock_confirm_timeout: unlockConfirmDeadline(event.capability),
  };
  const { timers, effects } = retime(visit.timers, arm, ['recording_confirm_timeout']);
  const capability: VisitCapability = { ...event.capability, channel: 'mqtt', unused: false };
  return {
    visit: { ...visit, state: 'recording', recordingConfirmedAtMs: nowMs, timers, capability },
    effects: [
      ...effects,
      ledger('recording.confirmed', { atMs: nowMs }),
      ...issueEffects(visit, capability),
      command.unlock,
    ],
  };
}

/**
 * Ends the visit as failed: every timer disarmed, the failure recorded and the customer told. A jam or camera
 * failure is also an alert (the reason doubles as the alert kind).
 */
export function fail(
  visit: Visit,
  reason: FailedVisit['reason'],
  detail: string,
  nowMs: number,
  extra: Effect[],
): Handled {
  const { timers, effects } = disarmAll(visit.timers);
  const boltMayBeOpen = reason === 'lock_jammed';
  // A jam or a camera failure is also an alert; a refusal (or a garage that never opened) left nothing at risk.
  const alert =
    reason === 'camera_failed' || reason === 'lock_jammed'
      ? raise(visit, reason, nowMs)
      : { marks: visit.marks, effects: [] };
  return {
    visit: { ...visit, state: 'failed', reason, detail, boltMayBeOpen, endedAtMs: nowMs, timers, marks: alert.marks },
    effects: [
      ...effects,
      ...extra,
      ...alert.effects,
      ledger('visit.failed', { reason, detail, boltMayBeOpen }),
      { type: 'notify_customer', message: `The visit could not go ahead: ${detail}` },
    ],
  };
}

export function onRecordingFailed(visit: Visit, event: EventOf<'recording_failed'>, nowMs: number): Handled {
  switch (visit.state) {
    case 'verified':
      return fail(visit, 'camera_failed', event.detail, nowMs, []);
    case 'recording':
      // The unlock is already on its way: tell the lock to stay locked and end the visit.
      return fail(visit, 'camera_failed', event.detail, nowMs, [command.lock]);
    case 'unlocked':
    case 'door_opened':
    case 'door_closed':
    case 'relocked': {
      // The door stays under the visit's control; the footage no longer covers it, which the mark says.
      const open = visit.state !== 'relocked';
      const alert = raise(visit, 'camera_failed', nowMs, { unverified: open });
      const { timers, effects } = retime(visit.timers, {}, ['heartbeat_gap']);
      return { visit: { ...visit, marks: alert.marks, timers }, effects: [...effects, ...alert.effects] };
    }
    default:
      return refuse('the camera is not recording for this visit');
  }
}

export function onUnlockRefused(visit: Visit, event: EventOf<'unlock_refused'>, nowMs: number): Handled {
  if (visit.state !== 'recording') return refuse('no unlock is pending');
  // The bolt never moved, so the recording may stop now.
  return fail(visit, 'unlock_refused', `the lock refused to open (${event.reason})`, nowMs, [
    command.recordStop(visit.expectations.postRollMs),
  ]);
}
