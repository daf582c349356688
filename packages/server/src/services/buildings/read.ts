import type { Principal } from '../../policy.js';
import { listBuildingsOfUser, listEntrances, listUnits } from '../../store/buildings-repo.js';
import { findHome } from '../../store/homes-repo.js';
import type { Home } from '../../store/schema.js';
import type { BuildingRow, EntranceRow, UnitRow } from '../../store/schema-buildings.js';
import type { ServiceDeps } from '../deps.js';
import type { Outcome } from '../failure.js';
import { devicesByRole } from '../visits/door-devices.js';
import { buildingFor } from './access.js';

// What the manager reads of a building: its entrances with their devices, and its units with whether anyone lives
// there (docs/buildings.md "Privacy": nothing else of a unit).

export interface BuildingDetail {
  building: BuildingRow;
  home: Home;
  entrances: { entrance: EntranceRow & { name: string }; controllerId: string | null; cameraId: string | null }[];
  units: (UnitRow & { residents: number })[];
}

export async function buildingDetail(
  deps: ServiceDeps,
  principal: Principal,
  buildingId: string,
): Promise<Outcome<BuildingDetail>> {
  const found = await buildingFor(deps.db, principal, buildingId, 'read');
  if (!found.ok) return found;
  const building = found.value;
  const entrances = [];
  for (const entrance of await listEntrances(deps.db, building.id)) {
    const devices = await devicesByRole(deps.db, entrance.id);
    entrances.push({ entrance, controllerId: devices.get('lock') ?? null, cameraId: devices.get('camera') ?? null });
  }
  const home = (await findHome(deps.db, building.home_id))!;
  return { ok: true, value: { building, home, entrances, units: await listUnits(deps.db, building.id) } };
}

export async function buildingsOf(
  deps: ServiceDeps,
  principal: Principal,
): Promise<{ building: BuildingRow; home: Home }[]> {
  if (principal.kind !== 'user') return [];
  const out = [];
  for (const building of await listBuildingsOfUser(deps.db, principal.userId)) {
    out.push({ building, home: (await findHome(deps.db, building.home_id))! });
  }
  return out;
}
