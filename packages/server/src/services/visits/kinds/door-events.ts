import { BOLT_OPEN_STATES, doorOpenedWithoutVisit, type VisitState } from '@threshold/core';
import type { AnyEvent } from '@threshold/protocol';
import type { VisitDeps } from '../deps.js';
import { markSkewedDoorEvent } from '../device-time.js';
import { deviceDoorVisits } from '../door-devices.js';
import { feed, inState } from './feed.js';
import { raiseUnexplainedOpening } from './unexplained-opening.js';

// The door kind's device feed: a lock's bolt and door events concern the open visit at its door (docs/visits.md
// "Events and rules"); a door opening with no visit holding the bolt back is an alert.

export async function onLockEvent(
  deps: VisitDeps,
  deviceId: string,
  event: AnyEvent,
  receivedAt: number,
): Promise<void> {
  // Only the bolt and the door move a visit; acks, states and heartbeats need no reads.
  if (event.type !== 'bolt' && event.type !== 'door') return;
  const found = await deviceDoorVisits(deps.db, deviceId);
  if (!found) return;
  const { door, open } = found;
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
  const states = open.map((v) => ({ id: v.id, state: v.state as VisitState }));
  return raiseUnexplainedOpening(deps, door, deviceId, doorOpenedWithoutVisit(states, deps.clock.now()));
}
