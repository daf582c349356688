import { GARAGE_OPEN_STATES, garageOpenedWithoutVisit, type VisitEvent, type VisitState } from '@threshold/core';
import type { AnyEvent, GarageData } from '@threshold/protocol';
import type { Db } from '../../../store/db.js';
import { listOpenVisitsAt } from '../../../store/visits-repo.js';
import type { VisitDeps } from '../deps.js';
import { deviceDoor } from '../door-devices.js';
import { feed, inState } from './feed.js';
import { armLeftOpen, disarmLeftOpen } from './garage-unattended.js';
import { raiseUnexplainedOpening } from './unexplained-opening.js';

// The garage kind's device feed (docs/access-points.md "Garage"): the opener's signed `garage` events concern the
// open visit at its garage. Only `closed` from the opener itself can complete a garage visit (core kinds/garage.ts).
// A door that reaches `open` with no garage visit opening, holding or closing it (the wall button, a remote, a hand)
// is an alert, once per opening: the reversal after an obstruction re-opens a door already open, so it raises none.
// Such an opening also arms the garage's left-open timer (garage-unattended.ts); the `closed` report disarms it.

function visitEventOf(data: GarageData): VisitEvent | null {
  switch (data.position) {
    case 'open':
      return { type: 'garage_opened' };
    case 'closed':
      return { type: 'garage_closed' };
    case 'stopped':
      return { type: 'garage_obstructed', detail: 'the garage door stopped part-way' };
    case 'opening':
      // Going back up on its own while closing: the safety sensor saw something in the way.
      return data.cause === 'obstruction'
        ? { type: 'garage_obstructed', detail: 'the obstruction sensor tripped' }
        : null;
    case 'closing':
      return null;
  }
}

export async function onOpenerEvent(deps: VisitDeps, deviceId: string, event: AnyEvent): Promise<void> {
  if (event.type !== 'garage') return;
  const next = visitEventOf(event.data);
  if (next === null) return;
  const door = await deviceDoor(deps.db, deviceId);
  if (!door) return;
  const open = await listOpenVisitsAt(deps.db, door.accessPointId);
  const visit = inState(open, GARAGE_OPEN_STATES);
  if (event.data.position === 'closed') await disarmLeftOpen(deps, door.accessPointId);
  if (!visit && event.data.position === 'open' && event.data.cause !== 'obstruction') {
    const states = open.map((v) => ({ id: v.id, state: v.state as VisitState }));
    const openedAtMs = deps.clock.now();
    const arm = (tx: Db) => armLeftOpen(tx, deps, { ...door, deviceId, openedAtMs });
    return raiseUnexplainedOpening(deps, door, deviceId, garageOpenedWithoutVisit(states, openedAtMs), arm);
  }
  return feed(deps, visit, next);
}
