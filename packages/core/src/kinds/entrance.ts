import type { AccessKindModule } from '../access-kind.js';
import { ENTRANCE_REQUIRED_CHECKS, type EntranceKind } from '../building-checks.js';
import { type Check, verdict } from '../check.js';
import type { CheckInput, CheckPolicy } from '../check-input.js';
import { checkDevicesReady, deviceProblem, pairingProblem } from '../checks-devices.js';
import { onArrive } from '../visit-arrival.js';
import { issueEffects } from '../visit-capability.js';
import type { Effect, VisitEvent } from '../visit-events.js';
import { command, type Handled, ledger, refuse, retime } from '../visit-step.js';
import { unlockConfirmDeadline, type Visit, type VisitCapability } from '../visit-types.js';
import { doorKind } from './door.js';

// A building's entrance (docs/buildings.md): a lobby door or a package room, opened by an entrance controller that
// is a lock-like device (bolt, door sensor, the lock's commands and capability) watched by a camera. The passage is
// the door's passage, step for step (the recording rule, one capability, relock, expectations); what the entrance
// adds are its checks at arrival (building-checks.ts, run by the service) and, for a package room, the record of
// which parcel went in when the drop completes.
//
// The camera is optional (docs/buildings.md "No camera"). An entrance with a camera paired records before it
// unlocks, exactly as a door: a camera that is offline or unhealthy fails `devices_ready`, it is never skipped. An
// entrance with no camera paired at all (the visit's `cameraRequired: false`, set at arrival from the store) says so
// in `devices_ready`'s evidence, is unlocked at once with the capability the service brings, and writes
// `recording.none` to the ledger; no camera command is ever sent for it.

export const NO_CAMERA = 'no camera at this entrance';

const unrecorded = (visit: Visit) => visit.cameraRequired === false;

/** `devices_ready` at an entrance: the controller always; the camera whenever one is paired (or required). */
export function entranceDevicesReady(input: CheckInput, policy: CheckPolicy): Check {
  if (input.camera !== null || input.accessPoint.cameraRequired !== false) return checkDevicesReady(input, policy);
  const lockIssue =
    deviceProblem('lock', input.lock, input.accessPoint.id, policy) ??
    (input.lock?.jammed === true ? 'The lock is jammed' : null);
  return verdict('devices_ready', lockIssue, {
    accessPointId: input.accessPoint.id,
    lock: input.lock,
    camera: null,
    lockIssue,
    cameraIssue: null,
    recording: NO_CAMERA,
    batteryFloorPercent: policy.batteryFloorPercent,
    maxClockSkewMs: policy.maxClockSkewMs,
  });
}

/** Unlock at an entrance with no camera: the capability is issued and the unlock sent at once, unrecorded. */
function unlockUnrecorded(visit: Visit, event: Extract<VisitEvent, { type: 'unlock_requested' }>, nowMs: number) {
  if (visit.state !== 'arrived') return refuse('access can be requested once, after arrival with all checks passed');
  if (!event.capability) return refuse('an entrance with no camera is opened with a capability');
  const capability: VisitCapability = { ...event.capability, channel: 'mqtt', unused: false };
  // As at a door: a lock that never reports the bolt drawn ends the visit once the capability is dead (visit-watch.ts).
  const arm = { unlock_confirm_timeout: unlockConfirmDeadline(capability) };
  const { timers, effects } = retime(visit.timers, arm, ['arrival_timeout']);
  const next: Visit = {
    ...visit,
    state: 'recording',
    unlockRequestedAtMs: nowMs,
    recordingConfirmedAtMs: null,
    timers,
    capability,
  };
  const facts: Effect[] = [
    ...effects,
    ledger('unlock.requested', { atMs: nowMs }),
    ledger('recording.none', { reason: NO_CAMERA, accessPointId: visit.accessPointId }),
    ...issueEffects(visit, capability),
    command.unlock,
  ];
  return { visit: next, effects: facts };
}

/** Nothing addressed to a camera leaves a visit at an entrance that has none. */
const withoutCamera = (effects: readonly Effect[]): Effect[] =>
  effects.filter(
    (e) =>
      !(e.type === 'command' && e.role === 'camera') &&
      !(e.type === 'ledger' && (e.kind === 'recording.stop_requested' || e.kind === 'recording.requested')),
  );

function passage(visit: Visit, event: VisitEvent, nowMs: number): Handled {
  if (event.type === 'arrive') return onArrive(visit, event, nowMs, ENTRANCE_REQUIRED_CHECKS);
  if (!unrecorded(visit)) return doorKind.handle(visit, event, nowMs);
  if (event.type === 'unlock_requested') return unlockUnrecorded(visit, event, nowMs);
  if (event.type === 'recording_confirmed' || event.type === 'heartbeat') return refuse('this entrance has no camera');
  const handled = doorKind.handle(visit, event, nowMs);
  return 'visit' in handled ? { ...handled, effects: withoutCamera(handled.effects) } : handled;
}

function handleAt(kind: EntranceKind) {
  return (visit: Visit, event: VisitEvent, nowMs: number): Handled => {
    // Arrival requires the entrance's own checks (building-checks.ts), not the home's `customer_allows`.
    const handled = passage(visit, event, nowMs);
    if (kind !== 'package_room' || !('visit' in handled)) return handled;
    if (handled.visit.state !== 'completed' || visit.state === 'completed') return handled;
    const parcel = visit.parcel ?? null;
    const stored = ledger('package_room.parcel_stored', {
      accessPointId: visit.accessPointId,
      deliveryId: parcel?.deliveryId ?? null,
      externalId: parcel?.externalId ?? null,
      atMs: nowMs,
    });
    return { ...handled, effects: [...handled.effects, stored] };
  };
}

function entranceKind(kind: EntranceKind): AccessKindModule {
  return {
    kind,
    handle: handleAt(kind),
    endings: doorKind.endings,
    devicesReady: entranceDevicesReady,
    // The controller must be paired; a camera only if one is (an entrance may go without).
    pairingProblems: (input) =>
      [
        pairingProblem('lock', input.lock, input.accessPoint.id),
        input.camera === null ? null : pairingProblem('camera', input.camera, input.accessPoint.id),
      ].filter((p): p is string => p !== null),
  };
}

export const lobbyKind = entranceKind('lobby');
export const packageRoomKind = entranceKind('package_room');
