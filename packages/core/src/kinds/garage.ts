import type { AccessKindModule } from '../access-kind.js';
import { type Check, firstFailure, verdict } from '../check.js';
import type { CheckInput, CheckPolicy } from '../check-input.js';
import { deviceProblem, pairingProblem } from '../checks-devices.js';
import { fail, onArrive, onUnlockRequested } from '../visit-arrival.js';
import { onAbort, onEndReentry, onFallback } from '../visit-endings.js';
import type { Effect, VisitEvent } from '../visit-events.js';
import { command, disarmAll, type Handled, ledger, raise, refuse, retime } from '../visit-step.js';
import {
  DEFAULT_EXPECTATIONS,
  GARAGE_OPEN_STATES,
  type GarageClosingVisit,
  type GarageOpeningVisit,
  type GarageOpenVisit,
  type TimerKind,
  type Visit,
} from '../visit-types.js';

// In-garage delivery (docs/access-points.md "Garage"): an opener, and a camera when the customer asks for one.
// The rule this module exists for: a garage visit completes only from the opener's own `closed` report. A close
// that does not come (obstruction, timeout) is retried once; then the visit fails with `garage_left_open`, which
// the customer (alert) and the carrier (the delivery's failure) both hear of. Nothing here leaves a garage open
// silently: every path out of an open state goes through a close command or an alert.

type EventOf<T extends VisitEvent['type']> = Extract<VisitEvent, { type: T }>;
type Closing = GarageClosingVisit;

const moveMs = (visit: Visit) => visit.expectations.garageMoveMs ?? DEFAULT_EXPECTATIONS.garageMoveMs ?? 30_000;
const openMs = (visit: Visit) => visit.expectations.garageOpenMs ?? DEFAULT_EXPECTATIONS.garageOpenMs ?? 120_000;
const recorded = (visit: Visit) => visit.cameraRequired !== false;
const garageOpen = (visit: Visit) => GARAGE_OPEN_STATES.includes(visit.state);

const garageCommand = {
  open: { type: 'command', role: 'opener', command: 'garage.open' },
  close: { type: 'command', role: 'opener', command: 'garage.close' },
} as const satisfies Record<string, Effect>;

/** Sends the open command and waits for the opener's `open` (from `arrived`, or `verified` once recording). */
function sendOpen(
  visit: Extract<Visit, { state: 'arrived' | 'verified' }>,
  nowMs: number,
  facts: { unlockRequestedAtMs: number; recordingConfirmedAtMs: number | null },
  arm: Partial<Record<TimerKind, number>>,
  disarm: TimerKind[],
  before: Effect[],
): Handled {
  const { timers, effects } = retime(visit.timers, { ...arm, open_confirm_timeout: nowMs + moveMs(visit) }, disarm);
  const next: GarageOpeningVisit = { ...visit, ...facts, state: 'garage_opening', timers };
  return {
    visit: next,
    effects: [...before, ...effects, ledger('garage.open_requested', { atMs: nowMs }), garageCommand.open],
  };
}

function onOpenRequested(visit: Visit, nowMs: number): Handled {
  // With a camera, exactly as indoors: it must confirm recording before the door moves (visit-arrival.ts).
  if (recorded(visit)) return onUnlockRequested(visit, nowMs);
  if (visit.state !== 'arrived') return refuse('access can be requested once, after arrival with all checks passed');
  const facts = { unlockRequestedAtMs: nowMs, recordingConfirmedAtMs: null };
  return sendOpen(visit, nowMs, facts, {}, ['arrival_timeout'], [ledger('unlock.requested', { atMs: nowMs })]);
}

function onRecordingConfirmed(visit: Visit, nowMs: number): Handled {
  if (visit.state !== 'verified') return refuse('no recording was requested');
  const facts = { unlockRequestedAtMs: visit.unlockRequestedAtMs, recordingConfirmedAtMs: nowMs };
  const arm = { heartbeat_gap: nowMs + visit.expectations.heartbeatGapMs };
  return sendOpen(
    visit,
    nowMs,
    facts,
    arm,
    ['recording_confirm_timeout'],
    [ledger('recording.confirmed', { atMs: nowMs })],
  );
}

function onOpened(visit: Visit, nowMs: number): Handled {
  // A door reversing after an obstruction reports `open` again: the close retry already deals with it.
  if (visit.state === 'garage_open' || visit.state === 'garage_closing') return { visit, effects: [] };
  if (visit.state !== 'garage_opening') return refuse('no opening was commanded for this visit');
  const { timers, effects } = retime(visit.timers, { overdue: nowMs + openMs(visit) }, ['open_confirm_timeout']);
  const next: GarageOpenVisit = { ...visit, state: 'garage_open', openedAtMs: nowMs, timers };
  return { visit: next, effects: [ledger('garage.opened', { atMs: nowMs }), ...effects] };
}

/** The close command, first attempt: by the courier's "done", or by the platform (open too long, never opened). */
function startClosing(
  visit: GarageOpeningVisit | GarageOpenVisit,
  nowMs: number,
  by: Closing['closedBy'],
  before: Effect[] = [],
): Handled {
  const { timers, effects } = retime(visit.timers, { close_confirm_timeout: nowMs + moveMs(visit) }, [
    'open_confirm_timeout',
    'overdue',
  ]);
  const next: Closing = {
    ...visit,
    state: 'garage_closing',
    openedAtMs: visit.state === 'garage_open' ? visit.openedAtMs : null,
    closeRequestedAtMs: nowMs,
    closeAttempts: 1,
    closedBy: by,
    timers,
  };
  return {
    visit: next,
    effects: [
      ...before,
      ...effects,
      ledger('garage.close_requested', { atMs: nowMs, by, attempt: 1 }),
      garageCommand.close,
    ],
  };
}

function onComplete(visit: Visit, nowMs: number): Handled {
  if (visit.state === 'garage_open') return startClosing(visit, nowMs, 'courier');
  if (visit.state === 'garage_closing')
    return refuse('the garage is closing: the visit completes when the opener reports closed');
  return refuse('a garage visit completes only once the opener reports the door closed');
}

const stopRecording = (visit: Visit): Effect[] =>
  recorded(visit)
    ? [
        command.recordStop(visit.expectations.postRollMs),
        ledger('recording.stop_requested', { postRollMs: visit.expectations.postRollMs }),
      ]
    : [];

/** The opener's closed confirmation: the one way a garage visit completes. */
function onClosed(visit: Visit, nowMs: number): Handled {
  if (visit.state === 'garage_opening') return { visit, effects: [] }; // not moved yet
  if (visit.state !== 'garage_closing' && visit.state !== 'garage_open') return refuse('the garage is not open');
  const { timers, effects } = disarmAll(visit.timers);
  const closedFact = ledger('garage.closed', { atMs: nowMs });
  if (visit.state === 'garage_closing' && visit.openedAtMs === null) {
    // The door never reported open and is closed again: nothing was delivered, nothing is left open.
    const failed = fail(visit, 'garage_not_opened', 'the garage door did not open', nowMs, [
      closedFact,
      ...stopRecording(visit),
    ]);
    return failed;
  }
  const openedAtMs = visit.openedAtMs ?? nowMs;
  return {
    visit: {
      ...visit,
      access: 'garage',
      state: 'completed',
      openedAtMs,
      closedAtMs: nowMs,
      completedAtMs: nowMs,
      timers,
    },
    effects: [
      ...effects,
      closedFact,
      ...stopRecording(visit),
      ledger('visit.completed', {
        atMs: nowMs,
        insideMs: nowMs - openedAtMs,
        marks: visit.marks,
        closedConfirmed: true,
      }),
      { type: 'notify_customer', message: 'The parcel is in the garage and the garage door is closed' },
    ],
  };
}

/** A close that did not come: retry once, then fail loudly (the garage may be open). */
function closeMissed(visit: Closing, nowMs: number, detail: string): Handled {
  const missed = ledger('garage.obstructed', { atMs: nowMs, detail, attempt: visit.closeAttempts });
  if (visit.closeAttempts === 1) {
    const { timers, effects } = retime(visit.timers, { close_confirm_timeout: nowMs + moveMs(visit) });
    return {
      visit: { ...visit, closeAttempts: 2, closeRequestedAtMs: nowMs, timers },
      effects: [
        missed,
        ...effects,
        ledger('garage.close_requested', { atMs: nowMs, by: 'platform', attempt: 2 }),
        garageCommand.close,
      ],
    };
  }
  const { timers, effects } = disarmAll(visit.timers);
  const alert = raise(visit, 'garage_left_open', nowMs, {
    message: `The garage door did not close after the visit (${detail})`,
  });
  const why = `the garage door did not close (${detail})`;
  return {
    // The camera is not stopped: the garage may be open, and it keeps watching until someone closes it.
    visit: {
      ...visit,
      state: 'failed',
      reason: 'garage_not_closed',
      detail: why,
      boltMayBeOpen: true,
      endedAtMs: nowMs,
      timers,
      marks: alert.marks,
    },
    effects: [
      missed,
      ...effects,
      ...alert.effects,
      ledger('visit.failed', { reason: 'garage_not_closed', detail: why, boltMayBeOpen: true }),
      { type: 'notify_customer', message: `The garage door may be open: ${why}` },
    ],
  };
}

function onObstructed(visit: Visit, event: EventOf<'garage_obstructed'>, nowMs: number): Handled {
  if (visit.state === 'garage_closing') return closeMissed(visit, nowMs, event.detail);
  if (visit.state === 'garage_opening' || visit.state === 'garage_open') {
    return { visit, effects: [ledger('garage.obstructed', { atMs: nowMs, detail: event.detail })] };
  }
  return refuse('the garage is not moving for this visit');
}

function onUnlockRefused(visit: Visit, event: EventOf<'unlock_refused'>, nowMs: number): Handled {
  if (visit.state !== 'garage_opening') return refuse('no opening is pending');
  return fail(visit, 'unlock_refused', `the opener refused to open (${event.reason})`, nowMs, stopRecording(visit));
}

function onRecordingFailed(visit: Visit, event: EventOf<'recording_failed'>, nowMs: number): Handled {
  if (visit.state === 'verified') return fail(visit, 'camera_failed', event.detail, nowMs, []);
  if (!garageOpen(visit)) return refuse('the camera is not recording for this visit');
  // The garage stays under the visit's control; the footage no longer covers it, which the mark says.
  const alert = raise(visit, 'camera_failed', nowMs, { unverified: true });
  const { timers, effects } = retime(visit.timers, {}, ['heartbeat_gap']);
  return { visit: { ...visit, marks: alert.marks, timers }, effects: [...effects, ...alert.effects] };
}

function onHeartbeat(visit: Visit, nowMs: number): Handled {
  if (visit.state === 'verified') return { visit, effects: [] };
  if (!recorded(visit) || !garageOpen(visit)) return refuse('the camera is not recording for this visit');
  const { timers, effects } = retime(visit.timers, { heartbeat_gap: nowMs + visit.expectations.heartbeatGapMs });
  return { visit: { ...visit, timers }, effects };
}

function alertOnTimer(visit: Visit, kind: TimerKind, nowMs: number, unverified: boolean): Handled {
  const { timers } = retime(visit.timers, {}, [kind]);
  const raised = raise(visit, 'camera_gap', nowMs, { unverified });
  return { visit: { ...visit, timers, marks: raised.marks }, effects: raised.effects };
}

function onTimer(visit: Visit, kind: TimerKind, nowMs: number): Handled {
  switch (kind) {
    case 'recording_confirm_timeout':
      if (visit.state !== 'verified') return refuse('no recording confirmation is awaited');
      return fail(visit, 'camera_failed', 'the camera did not confirm recording in time', nowMs, []);
    case 'arrival_timeout':
      if (visit.state !== 'arrived' && visit.state !== 'denied') return refuse('the courier has moved on');
      return onAbort(visit, { type: 'abort', reason: 'timed_out', note: '' }, nowMs);
    case 'open_confirm_timeout':
      // Never reported open: close it again (a half-open door is not left standing) and fail once it is closed.
      if (visit.state !== 'garage_opening') return refuse('no opening is awaited');
      return startClosing(visit, nowMs, 'platform');
    case 'overdue': {
      // Open too long (the courier left, the platform restarted): the platform closes it and says so.
      if (visit.state !== 'garage_open') return refuse('the garage is not open');
      const raised = raise(visit, 'visit_overdue', nowMs);
      return startClosing({ ...visit, marks: raised.marks }, nowMs, 'platform', raised.effects);
    }
    case 'close_confirm_timeout':
      if (visit.state !== 'garage_closing') return refuse('no close is awaited');
      return closeMissed(visit, nowMs, 'the opener did not report closed in time');
    case 'heartbeat_gap':
      if (!garageOpen(visit)) return refuse('the camera is not watching this visit');
      return alertOnTimer(visit, kind, nowMs, true);
    default:
      return refuse(`no ${kind} timer at a garage`);
  }
}

function onAbortGarage(visit: Visit, event: EventOf<'abort'>, nowMs: number): Handled {
  if (garageOpen(visit)) return refuse('the garage must be closed before the visit is aborted');
  return onAbort(visit, event, nowMs);
}

function handle(visit: Visit, event: VisitEvent, nowMs: number): Handled {
  switch (event.type) {
    case 'arrive':
      return onArrive(visit, event, nowMs);
    case 'unlock_requested':
      return onOpenRequested(visit, nowMs);
    case 'recording_confirmed':
      return onRecordingConfirmed(visit, nowMs);
    case 'recording_failed':
      return onRecordingFailed(visit, event, nowMs);
    case 'unlock_refused':
      return onUnlockRefused(visit, event, nowMs);
    case 'garage_opened':
      return onOpened(visit, nowMs);
    case 'garage_closed':
      return onClosed(visit, nowMs);
    case 'garage_obstructed':
      return onObstructed(visit, event, nowMs);
    case 'complete':
      return onComplete(visit, nowMs);
    case 'fallback':
      return onFallback(visit, event, nowMs);
    case 'abort':
      return onAbortGarage(visit, event, nowMs);
    case 'end_reentry':
      return onEndReentry(visit);
    case 'timer':
      return onTimer(visit, event.kind, nowMs);
    case 'heartbeat':
      return onHeartbeat(visit, nowMs);
    case 'capability_requested':
    case 'capability_unused':
    case 'unlocked':
    case 'door_opened':
    case 'door_closed':
    case 'relocked':
    case 'jammed':
      return refuse('this visit is at a garage: the opener, not a lock, moves its door');
    case 'car':
      return refuse('this visit is not at a car');
  }
}

/** The opener (and the camera, when the customer wants one) are ready, and the garage is closed and clear. */
export function checkGarageReady(input: CheckInput, policy: CheckPolicy): Check {
  const { accessPoint, camera } = input;
  const opener = input.opener ?? null;
  const openerIssue = firstFailure(
    deviceProblem('opener', opener, accessPoint.id, policy),
    opener?.obstructed === true && 'The garage door is obstructed',
    opener !== null && opener.position !== 'closed' && 'The garage door is not closed',
  );
  const cameraRequired = accessPoint.cameraRequired !== false;
  const cameraIssue = cameraRequired ? deviceProblem('camera', camera, accessPoint.id, policy) : null;
  return verdict('devices_ready', firstFailure(openerIssue, cameraIssue), {
    accessPointId: accessPoint.id,
    opener,
    camera,
    cameraRequired,
    openerIssue,
    cameraIssue,
    batteryFloorPercent: policy.batteryFloorPercent,
    maxClockSkewMs: policy.maxClockSkewMs,
  });
}

export const garageKind: AccessKindModule = {
  kind: 'garage',
  handle,
  endings: () => [],
  devicesReady: checkGarageReady,
  pairingProblems: (input) =>
    [
      pairingProblem('opener', input.opener ?? null, input.accessPoint.id),
      input.accessPoint.cameraRequired === false ? null : pairingProblem('camera', input.camera, input.accessPoint.id),
    ].filter((p): p is string => p !== null),
};
