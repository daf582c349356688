import { type AccessKindModule, visitAccess } from './access-kind.js';
import { carKind } from './kinds/car.js';
import { doorKind } from './kinds/door.js';
import { lobbyKind, packageRoomKind } from './kinds/entrance.js';
import { garageKind } from './kinds/garage.js';
import type { AccessKind, Visit } from './visit-types.js';

/** Every kind of access point the platform knows; a new kind is one module here (docs/access-points.md). */
export const ACCESS_KINDS: Readonly<Record<AccessKind, AccessKindModule>> = {
  door: doorKind,
  garage: garageKind,
  car: carKind,
  lobby: lobbyKind,
  package_room: packageRoomKind,
};

export const kindModule = (kind: AccessKind): AccessKindModule => ACCESS_KINDS[kind];
export const moduleOfVisit = (visit: Pick<Visit, 'access'>): AccessKindModule => ACCESS_KINDS[visitAccess(visit)];
