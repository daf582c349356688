import { isoAt } from '../ports.js';
import {
  type AccessPoint,
  countDevicesAt,
  deleteAccessPoint as deleteRow,
  findAccessPoint,
  insertAccessPoint,
  updateAccessPoint as updateRow,
} from '../store/access-points-repo.js';
import type { AccessPointKind } from '../store/schema.js';
import type { ServiceDeps } from './deps.js';
import { fail, type Outcome } from './failure.js';

/** A car's boot is made, changed and removed with the car (services/cars.ts). */
const carOwned = () =>
  fail('conflict', "This access point belongs to the home's car; change or remove the car instead", {
    reason: 'car_access_point',
  });

export async function createAccessPoint(
  deps: ServiceDeps,
  homeId: string,
  input: { kind: AccessPointKind; name: string },
): Promise<AccessPoint> {
  const accessPoint: AccessPoint = {
    id: deps.ids.id('ap'),
    home_id: homeId,
    kind: input.kind,
    name: input.name.trim(),
    created_at: isoAt(deps.clock.now()),
  };
  await insertAccessPoint(deps.db, accessPoint);
  return accessPoint;
}

export async function updateAccessPoint(
  deps: ServiceDeps,
  homeId: string,
  id: string,
  changes: { kind?: AccessPointKind | undefined; name?: string | undefined },
): Promise<Outcome<AccessPoint>> {
  const existing = await findAccessPoint(deps.db, homeId, id);
  if (!existing) return fail('not-found', 'No such access point');
  if (existing.kind === 'car_boot') return carOwned();
  const columns = Object.fromEntries(
    Object.entries({ kind: changes.kind, name: changes.name?.trim() }).filter(([, v]) => v !== undefined),
  );
  if (Object.keys(columns).length > 0) await updateRow(deps.db, homeId, id, columns);
  return { ok: true, value: { ...existing, ...columns } };
}

/** A door that still has a lock or camera on it cannot be removed; move or unpair the devices first. */
export async function deleteAccessPoint(deps: ServiceDeps, homeId: string, id: string): Promise<Outcome<void>> {
  const existing = await findAccessPoint(deps.db, homeId, id);
  if (!existing) return fail('not-found', 'No such access point');
  if (existing.kind === 'car_boot') return carOwned();
  if ((await countDevicesAt(deps.db, id)) > 0) {
    return fail('conflict', 'Devices are still installed at this access point; move or unpair them first');
  }
  await deleteRow(deps.db, homeId, id);
  return { ok: true, value: undefined };
}
