import { BOLT_OPEN_STATES, doorOpenedWithoutVisit, type VisitEvent, type VisitState } from '@threshold/core';
import { type AnyEvent, deviceKindOf } from '@threshold/protocol';
import { publishHomeEvent } from '../../live/home-events.js';
import { isoAt } from '../../ports.js';
import { insertAlert } from '../../store/alerts-repo.js';
import type { VisitRow } from '../../store/schema-visits.js';
import { findVisitRow, listOpenVisitsAt } from '../../store/visits-repo.js';
import { storeClip } from './clip-event.js';
import type { VisitDeps } from './deps.js';
import { markSkewedDoorEvent } from './device-time.js';
import { deviceDoor } from './door-devices.js';
import { recordFact } from './facts.js';
import { applyVisitEvent } from './runner.js';

// Verified device events → visit events (docs/visits.md "Events and rules"). A lock event concerns the open visit
// at its door; a camera event names its visit through the recording session (the session is the visit id).

const RECORDING_EXPECTED: readonly VisitState[] = ['verified', 'recording', ...BOLT_OPEN_STATES];

async function feed(deps: VisitDeps, visit: VisitRow | undefined, event: VisitEvent): Promise<void> {
  if (!visit) return;
  const applied = await applyVisitEvent(deps, visit.id, event, visit);
  if (!applied.ok)
    deps.log.info({ visitId: visit.id, event: event.type, reason: applied.error.detail }, 'device event not applied');
}

const inState = (visits: VisitRow[], states: readonly VisitState[]) =>
  visits.find((v) => states.includes(v.state as VisitState));

/** A door that opened while no visit had the bolt drawn back: an alert for the customer, and a fact in the ledger. */
async function unexplainedOpening(
  deps: VisitDeps,
  door: { homeId: string; accessPointId: string },
  deviceId: string,
  open: VisitRow[],
) {
  const finding = doorOpenedWithoutVisit(
    open.map((v) => ({ id: v.id, state: v.state as VisitState })),
    deps.clock.now(),
  );
  if (!finding) return;
  const alert = { id: deps.ids.id('alert'), kind: finding.kind, message: finding.message };
  const data = { alert: finding.kind, accessPointId: door.accessPointId, deviceId, ...finding.evidence };
  await recordFact(deps, { homeId: door.homeId, subject: door.accessPointId, kind: 'visit.alert', data }, (tx) =>
    insertAlert(tx, {
      ...alert,
      home_id: door.homeId,
      visit_id: null,
      at: isoAt(deps.clock.now()),
      acknowledged_at: null,
    }),
  );
  publishHomeEvent(deps.bus, door.homeId, {
    type: 'home.alert',
    alertId: alert.id,
    kind: alert.kind,
    message: alert.message,
    visitId: null,
  });
}

async function onLockEvent(deps: VisitDeps, deviceId: string, event: AnyEvent, receivedAt: number): Promise<void> {
  // Only the bolt and the door move a visit; acks, states and heartbeats need no reads.
  if (event.type !== 'bolt' && event.type !== 'door') return;
  const door = await deviceDoor(deps.db, deviceId);
  if (!door) return;
  const open = await listOpenVisitsAt(deps.db, door.accessPointId);
  await markSkewedDoorEvent(deps, deviceId, event, receivedAt, open);
  if (event.type === 'bolt') {
    const { bolt, visit } = event.data;
    if (bolt === 'unlocked')
      return feed(
        deps,
        open.find((v) => v.id === visit),
        { type: 'unlocked' },
      );
    if (bolt === 'locked') return feed(deps, inState(open, BOLT_OPEN_STATES), { type: 'relocked' });
    return feed(deps, inState(open, ['recording', ...BOLT_OPEN_STATES]), { type: 'jammed' });
  }
  if (event.data.door === 'closed') return feed(deps, inState(open, ['door_opened']), { type: 'door_closed' });
  const target = inState(open, ['unlocked', 'door_closed']);
  if (target) return feed(deps, target, { type: 'door_opened' });
  return unexplainedOpening(deps, door, deviceId, open);
}

async function onCameraEvent(deps: VisitDeps, deviceId: string, event: AnyEvent): Promise<void> {
  if (event.type === 'clip') return storeClip(deps, deviceId, event.data, event);
  if (event.type !== 'heartbeat' && event.type !== 'recording') return;
  const visit = await findVisitRow(deps.db, event.data.session);
  if (visit?.open !== 1) return;
  if (event.type === 'heartbeat') return feed(deps, visit, { type: 'heartbeat' });
  if (event.data.recording !== 'stopped') return; // `started` is awaited by the unlock request itself
  if (RECORDING_EXPECTED.includes(visit.state as VisitState)) {
    return feed(deps, visit, { type: 'recording_failed', detail: 'The camera stopped recording' });
  }
  await recordFact(deps, { homeId: visit.home_id, subject: visit.id, kind: 'recording.stopped', data: { deviceId } });
}

/** Subscribes to the bus; events of one device are handled one after another, in the order they arrived. */
export function startDeviceEventFeed(deps: VisitDeps): { stop(): Promise<void> } {
  const queues = new Map<string, Promise<void>>();
  const off = deps.bus.on('device.event', ({ deviceId, event, receivedAt }) => {
    const handle = deviceKindOf(deviceId) === 'lock' ? onLockEvent : onCameraEvent;
    const next = (queues.get(deviceId) ?? Promise.resolve())
      .then(() => handle(deps, deviceId, event, receivedAt))
      .catch((error: unknown) => deps.log.error({ deviceId, err: String(error) }, 'device event handling failed'));
    queues.set(deviceId, next);
  });
  return {
    async stop() {
      off();
      await Promise.allSettled([...queues.values()]);
    },
  };
}
