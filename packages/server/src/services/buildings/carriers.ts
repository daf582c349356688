import type { AccessWindow, CarrierAccess } from '@threshold/core';
import { validateWeeklyRule } from '@threshold/core';
import type { Principal } from '../../policy.js';
import { isoAt } from '../../ports.js';
import {
  findCarrierAccess,
  insertCarrierAccess,
  listCarrierAccess,
  revokeCarrierAccess,
} from '../../store/buildings-repo.js';
import { findHome } from '../../store/homes-repo.js';
import { findOrganisation } from '../../store/organisations-repo.js';
import type { CarrierAccessRow } from '../../store/schema-buildings.js';
import type { ServiceDeps } from '../deps.js';
import { fail, type Outcome } from '../failure.js';
import { buildingFor, entranceFor } from './access.js';

// Which carriers may use which entrances, and when (docs/buildings.md "Carrier access"): the manager's admins grant
// weekly windows in the building's zone, and revoke them; a revoked permission stays listed and opens nothing.

export const carrierAccessOf = (row: CarrierAccessRow): CarrierAccess => ({
  id: row.id,
  organisationId: row.organisation_id,
  entranceId: row.entrance_id,
  windows: JSON.parse(row.windows) as AccessWindow[],
  revoked: row.revoked_at !== null,
});

export async function grantCarrierAccess(
  deps: ServiceDeps,
  principal: Principal,
  buildingId: string,
  input: { entranceId: string; organisationId: string; windows: AccessWindow[] },
): Promise<Outcome<CarrierAccessRow>> {
  const found = await entranceFor(deps.db, principal, buildingId, input.entranceId, 'manage');
  if (!found.ok) return found;
  if (principal.kind !== 'user') return fail('unauthenticated', 'Sign in');
  const carrier = await findOrganisation(deps.db, input.organisationId);
  if (carrier?.kind !== 'carrier') {
    return fail('validation', 'No carrier organisation has this id', { field: 'body.organisationId' });
  }
  const zone = (await findHome(deps.db, found.value.building.home_id))!.time_zone;
  for (const [i, w] of input.windows.entries()) {
    const valid = validateWeeklyRule({ zone, ...w });
    if (!valid.ok) return fail('validation', valid.error, { field: `body.windows/${i}` });
  }
  const row: CarrierAccessRow = {
    id: deps.ids.id('bca'),
    building_id: buildingId,
    entrance_id: input.entranceId,
    organisation_id: input.organisationId,
    windows: JSON.stringify(input.windows),
    granted_by: principal.userId,
    created_at: isoAt(deps.clock.now()),
    revoked_at: null,
    revoked_by: null,
  };
  await insertCarrierAccess(deps.db, row);
  return { ok: true, value: row };
}

export async function revokeCarrier(
  deps: ServiceDeps,
  principal: Principal,
  buildingId: string,
  accessId: string,
): Promise<Outcome<CarrierAccessRow>> {
  const building = await buildingFor(deps.db, principal, buildingId, 'manage');
  if (!building.ok) return building;
  if (principal.kind !== 'user') return fail('unauthenticated', 'Sign in');
  const row = await findCarrierAccess(deps.db, accessId);
  if (row?.building_id !== buildingId) return fail('not-found', 'No such carrier access');
  const at = isoAt(deps.clock.now());
  if (!(await revokeCarrierAccess(deps.db, accessId, principal.userId, at))) {
    return fail('conflict', 'This carrier access was already revoked');
  }
  return { ok: true, value: { ...row, revoked_at: at, revoked_by: principal.userId } };
}

export async function carrierAccessList(
  deps: ServiceDeps,
  principal: Principal,
  buildingId: string,
): Promise<Outcome<CarrierAccessRow[]>> {
  const building = await buildingFor(deps.db, principal, buildingId, 'read');
  if (!building.ok) return building;
  return { ok: true, value: await listCarrierAccess(deps.db, buildingId) };
}
