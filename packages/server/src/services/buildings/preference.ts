import type { Principal } from '../../policy.js';
import { findUnitOfHome, setBuildingDelivery } from '../../store/buildings-repo.js';
import type { ServiceDeps } from '../deps.js';
import { fail, type Outcome } from '../failure.js';
import { homeFor } from '../home-access.js';

// The resident's building-delivery preference (docs/buildings.md): couriers may come in through the building's
// entrances for them, or not. The household reads it, an owner changes it; the manager never sees it.

export interface BuildingDelivery {
  homeId: string;
  unitId: string;
  allowed: boolean;
}

async function unitHome(deps: ServiceDeps, principal: Principal, homeId: string, action: 'read' | 'change') {
  const home = await homeFor(deps, principal, homeId, action);
  if (!home.ok) return home;
  const unit = await findUnitOfHome(deps.db, homeId);
  return unit ? { ok: true as const, value: unit } : fail('not-found', 'This home is not a unit of a building');
}

export async function buildingDeliveryOf(
  deps: ServiceDeps,
  principal: Principal,
  homeId: string,
): Promise<Outcome<BuildingDelivery>> {
  const unit = await unitHome(deps, principal, homeId, 'read');
  if (!unit.ok) return unit;
  return { ok: true, value: { homeId, unitId: unit.value.id, allowed: unit.value.building_delivery === 1 } };
}

export async function setBuildingDeliveryPreference(
  deps: ServiceDeps,
  principal: Principal,
  homeId: string,
  allowed: boolean,
): Promise<Outcome<BuildingDelivery>> {
  const unit = await unitHome(deps, principal, homeId, 'change');
  if (!unit.ok) return unit;
  await setBuildingDelivery(deps.db, homeId, allowed);
  return { ok: true, value: { homeId, unitId: unit.value.id, allowed } };
}
