import type { AccessKindModule } from '../access-kind.js';
import { ENTRANCE_REQUIRED_CHECKS, type EntranceKind } from '../building-checks.js';
import { onArrive } from '../visit-arrival.js';
import type { VisitEvent } from '../visit-events.js';
import { type Handled, ledger } from '../visit-step.js';
import type { Visit } from '../visit-types.js';
import { doorKind } from './door.js';

// A building's entrance (docs/buildings.md): a lobby door or a package room, opened by an entrance controller that
// is a lock-like device (bolt, door sensor, the lock's commands and capability) watched by a camera. The passage is
// the door's passage, step for step (the recording rule, one capability, relock, expectations); what the entrance
// adds are its checks at arrival (building-checks.ts, run by the service) and, for a package room, the record of
// which parcel went in when the drop completes.

function handleAt(kind: EntranceKind) {
  return (visit: Visit, event: VisitEvent, nowMs: number): Handled => {
    // Arrival requires the entrance's own checks (building-checks.ts), not the home's `customer_allows`.
    const handled =
      event.type === 'arrive'
        ? onArrive(visit, event, nowMs, ENTRANCE_REQUIRED_CHECKS)
        : doorKind.handle(visit, event, nowMs);
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
    devicesReady: doorKind.devicesReady,
    pairingProblems: doorKind.pairingProblems,
  };
}

export const lobbyKind = entranceKind('lobby');
export const packageRoomKind = entranceKind('package_room');
