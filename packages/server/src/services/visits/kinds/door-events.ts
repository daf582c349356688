import { BOLT_OPEN_STATES, doorOpenedWithoutVisit, type VisitState } from '@threshold/core';
import type { AnyEvent } from '@threshold/protocol';
import { publishHomeEvent } from '../../../live/home-events.js';
import { isoAt } from '../../../ports.js';
import { insertAlert } from '../../../store/alerts-repo.js';
import type { VisitRow } from '../../../store/schema-visits.js';
import { listOpenVisitsAt } from '../../../store/visits-repo.js';
import type { VisitDeps } from '../deps.js';
import { markSkewedDoorEvent } from '../device-time.js';
import { deviceDoor } from '../door-devices.js';
import { recordFact } from '../facts.js';
import { feed, inState } from './feed.js';

// The door kind's device feed: a lock's bolt and door events concern the open visit at its door (docs/visits.md
// "Events and rules"); a door opening with no visit holding the bolt back is an alert.

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

export async function onLockEvent(
  deps: VisitDeps,
  deviceId: string,
  event: AnyEvent,
  receivedAt: number,
): Promise<void> {
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
