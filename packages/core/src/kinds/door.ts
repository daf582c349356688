import type { AccessKindModule } from '../access-kind.js';
import { checkDevicesReady, pairingProblem } from '../checks-devices.js';
import {
  onArrive,
  onRecordingConfirmed,
  onRecordingFailed,
  onUnlockRefused,
  onUnlockRequested,
} from '../visit-arrival.js';
import { closeEffects, onCapabilityRequested, onCapabilityUnused } from '../visit-capability.js';
import { onComplete, onDoorClosed, onDoorOpened, onJammed, onRelocked, onUnlocked } from '../visit-door.js';
import { onAbort, onEndReentry, onFallback } from '../visit-endings.js';
import type { VisitEvent } from '../visit-events.js';
import { type Handled, refuse } from '../visit-step.js';
import type { Visit } from '../visit-types.js';
import { onHeartbeat, onTimer } from '../visit-watch.js';

// A door with a smart lock and a camera (front, back, side gate): the visit machine of docs/visits.md.

function handle(visit: Visit, event: VisitEvent, nowMs: number): Handled {
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
    case 'garage_opened':
    case 'garage_closed':
    case 'garage_obstructed':
      return refuse('this visit is not at a garage');
    case 'car':
      return refuse('this visit is not at a car');
  }
}

export const doorKind: AccessKindModule = {
  kind: 'door',
  handle,
  // Whatever way a visit ends, a capability it may have left live is closed at the lock (visit-capability.ts).
  endings: closeEffects,
  devicesReady: (input, policy) => checkDevicesReady(input, policy),
  pairingProblems: (input) =>
    [
      pairingProblem('lock', input.lock, input.accessPoint.id),
      pairingProblem('camera', input.camera, input.accessPoint.id),
    ].filter((p): p is string => p !== null),
};
