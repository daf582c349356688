import type { BuildingAnswer } from '@threshold/core';
import type { Db } from '../../store/db.js';

// The seam between eligibility and apartment buildings (docs/eligibility.md "Lobby and package room"). Eligibility
// asks one question — is this home a unit of a building, and may carrier X come in through its lobby, or leave the
// parcel in its package room, in window W — and reads the answer as reason codes (empty: available). Buildings answer
// it in their own service; until this seam calls it, every home answers `not_in_building`.

export async function buildingMethods(
  _db: Db,
  _homeId: string,
  _carrierId: string,
  _window: { startMs: number; endMs: number },
): Promise<BuildingAnswer> {
  return { lobby: ['not_in_building'], packageRoom: ['not_in_building'] };
}
