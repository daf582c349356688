import type { BuildingAnswer } from '@threshold/core';
import type { Db } from '../../store/db.js';
import { buildingOfHome } from '../buildings/usable.js';

// The seam between eligibility and apartment buildings (docs/eligibility.md "Lobby and package room"). Eligibility
// asks one question — is this home a unit of a building, and may carrier X come in through its lobby, or leave the
// parcel in its package room, in window W — and reads the answer as reason codes (empty: available). The buildings
// service answers it (services/buildings/usable.ts); this file only translates.

export async function buildingMethods(
  db: Db,
  homeId: string,
  carrierId: string,
  window: { startMs: number; endMs: number },
): Promise<BuildingAnswer> {
  const found = await buildingOfHome(db, homeId, carrierId, window);
  if (found === null) return { lobby: ['not_in_building'], packageRoom: ['not_in_building'] };
  const resident = found.buildingDeliveryAllowed ? [] : ['customer_disallows'];
  const usable = (kind: string, missing: string) => [
    ...(found.usable.some((e) => e.kind === kind) ? [] : [missing]),
    ...resident,
  ];
  // The entrance booking would choose (the first usable of its kind), so the answer names the access point.
  const first = (kind: string) => found.usable.find((e) => e.kind === kind)?.id ?? null;
  return {
    lobby: usable('lobby', 'no_usable_entrance'),
    packageRoom: usable('package_room', 'no_package_room'),
    lobbyId: first('lobby'),
    packageRoomId: first('package_room'),
  };
}
