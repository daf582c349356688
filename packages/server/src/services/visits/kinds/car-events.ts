import { BOOT_OPEN_STATES } from '@threshold/core';
import type { AnyEvent } from '@threshold/protocol';
import { listOpenVisitsAt } from '../../../store/visits-repo.js';
import type { VisitDeps } from '../deps.js';
import { deviceDoor } from '../door-devices.js';
import { feed, inState } from './feed.js';

// The car kind's device feed (docs/car-boot.md): the vehicle's signed `boot` events (and its retained state, which
// says the same after a reconnect) move the open visit at its car; its position reports are read by the checks.

export async function onVehicleEvent(deps: VisitDeps, deviceId: string, event: AnyEvent): Promise<void> {
  const boot =
    event.type === 'boot'
      ? { boot: event.data.boot, locked: event.data.locked }
      : event.type === 'state' && event.data.kind === 'vehicle'
        ? { boot: event.data.boot, locked: event.data.locked }
        : null;
  if (boot === null) return;
  const door = await deviceDoor(deps.db, deviceId);
  if (!door) return;
  const open = await listOpenVisitsAt(deps.db, door.accessPointId);
  // An unlock by capability names its visit; anything else concerns the visit holding the boot open.
  const named = event.type === 'boot' && event.data.visit ? open.find((v) => v.id === event.data.visit) : undefined;
  const visit = named ?? inState(open, BOOT_OPEN_STATES);
  return feed(deps, visit, { type: 'car', step: { kind: 'boot', ...boot } });
}
