import { type EntranceKind, usableEntrances } from '@threshold/core';
import { findBuilding, findUnitOfHome, listCarrierAccess, listEntrances } from '../../store/buildings-repo.js';
import type { Db } from '../../store/db.js';
import { findHome } from '../../store/homes-repo.js';
import type { BuildingRow, UnitRow } from '../../store/schema-buildings.js';
import { carrierAccessOf } from './carriers.js';

// For booking and eligibility (docs/buildings.md "Booking"): is this home a unit of a building, and which of its
// entrances, of which kinds, may carrier X use in window W. No principal: callers have authorised the delivery.

export interface UsableEntrance {
  id: string;
  kind: EntranceKind;
  name: string;
}

export interface BuildingOfHome {
  building: BuildingRow;
  unit: UnitRow;
  zone: string;
  /** The resident's preference (off: no courier comes in for them). */
  buildingDeliveryAllowed: boolean;
  /** Entrances the carrier may use at some time inside the window, lobby and package room alike. */
  usable: UsableEntrance[];
}

export async function buildingOfHome(
  db: Db,
  homeId: string,
  carrierId: string,
  window: { startMs: number; endMs: number },
): Promise<BuildingOfHome | null> {
  const unit = await findUnitOfHome(db, homeId);
  const building = unit && (await findBuilding(db, unit.building_id));
  if (!unit || !building) return null;
  const zone = (await findHome(db, building.home_id))?.time_zone ?? 'UTC';
  const entrances = await listEntrances(db, building.id);
  const access = (await listCarrierAccess(db, building.id)).map(carrierAccessOf);
  const usable = usableEntrances(entrances, access, carrierId, zone, window).map((e) => ({
    id: e.id,
    kind: e.kind,
    name: e.name,
  }));
  return { building, unit, zone, buildingDeliveryAllowed: unit.building_delivery === 1, usable };
}

/** Why a delivery by this entrance kind cannot be booked (empty: it can), and the entrance it would use. */
export function entranceChoice(found: BuildingOfHome | null, kind: EntranceKind) {
  if (found === null) return { entranceId: null, reasons: ['This home is not a unit of a building'] };
  const entrance = found.usable.find((e) => e.kind === kind);
  const reasons = [
    ...(entrance ? [] : [`Your carrier may not use a ${kind.replace('_', ' ')} of this building in this window`]),
    ...(found.buildingDeliveryAllowed ? [] : ['The resident has turned building delivery off']),
  ];
  return { entranceId: entrance?.id ?? null, reasons };
}
