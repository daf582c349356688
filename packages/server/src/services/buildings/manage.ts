import { claimHash, normaliseClaimCode } from '@threshold/protocol';
import type { Principal } from '../../policy.js';
import { isoAt } from '../../ports.js';
import { insertAccessPoint } from '../../store/access-points-repo.js';
import { countResidents, findUnit, insertBuilding, insertEntrance, insertUnit } from '../../store/buildings-repo.js';
import { withTransaction } from '../../store/db.js';
import { findHome, insertHome } from '../../store/homes-repo.js';
import type { Invitation } from '../../store/invitations-repo.js';
import type { Device, Home } from '../../store/schema.js';
import type { BuildingRow, EntranceRow, UnitRow } from '../../store/schema-buildings.js';
import type { ServiceDeps } from '../deps.js';
import { claimAt, type PairDeps } from '../devices.js';
import { findUnclaimedByClaimHash } from '../devices-repo.js';
import { fail, type Outcome } from '../failure.js';
import { isTimeZone } from '../homes.js';
import { invite } from '../invitations.js';
import { buildingFor, entranceFor, managerOrganisation } from './access.js';

// A building manager's buildings, entrances and units (docs/buildings.md "Model"). The building's common parts are
// a home with no members: its entrances are that home's access points and their controllers and cameras are paired
// to it, so the visit flow, the devices and the ledger work on an entrance as on any door. Each unit is a home of
// its own, which its residents join by accepting an invitation; the manager is never a member of it.

export interface NewBuilding {
  organisationId: string;
  name: string;
  addressLine1: string;
  city: string;
  postalCode: string;
  country: string;
  lat: number;
  lon: number;
  timeZone: string;
}

const homeOf = (deps: ServiceDeps, name: string, from: Omit<Home, 'id' | 'name' | 'created_at' | 'updated_at'>) => {
  const at = isoAt(deps.clock.now());
  return { ...from, id: deps.ids.id('home'), name, created_at: at, updated_at: at };
};

export async function createBuilding(
  deps: ServiceDeps,
  principal: Principal,
  input: NewBuilding,
): Promise<Outcome<{ building: BuildingRow; home: Home }>> {
  const org = await managerOrganisation(deps.db, principal, input.organisationId);
  if (!org.ok) return org;
  if (!isTimeZone(input.timeZone)) {
    return fail('validation', `Unknown IANA time zone "${input.timeZone}"`, { field: 'body.timeZone' });
  }
  const home = homeOf(deps, input.name, {
    address_line1: input.addressLine1,
    address_line2: null,
    city: input.city,
    postal_code: input.postalCode,
    country: input.country.toUpperCase(),
    lat: input.lat,
    lon: input.lon,
    geofence_radius_m: 50,
    time_zone: input.timeZone,
    clip_retention_days: 30,
    deleted_at: null,
  });
  const building = {
    id: deps.ids.id('bld'),
    organisation_id: input.organisationId,
    name: input.name,
    home_id: home.id,
    created_at: home.created_at,
  };
  await withTransaction(deps.db, async (tx) => {
    await insertHome(tx, home);
    await insertBuilding(tx, building);
  });
  return { ok: true, value: { building, home } };
}

export interface NewEntrance {
  kind: 'lobby' | 'package_room';
  name: string;
  lat: number;
  lon: number;
  radiusM: number;
}

export async function addEntrance(
  deps: ServiceDeps,
  principal: Principal,
  buildingId: string,
  input: NewEntrance,
): Promise<Outcome<EntranceRow & { name: string }>> {
  const building = await buildingFor(deps.db, principal, buildingId, 'manage');
  if (!building.ok) return building;
  const at = isoAt(deps.clock.now());
  const id = deps.ids.id('ap');
  const entrance: EntranceRow = {
    id,
    building_id: buildingId,
    kind: input.kind,
    lat: input.lat,
    lon: input.lon,
    radius_m: input.radiusM,
    created_at: at,
  };
  await withTransaction(deps.db, async (tx) => {
    const ap = { id, home_id: building.value.home_id, kind: input.kind, name: input.name, created_at: at };
    await insertAccessPoint(tx, ap);
    await insertEntrance(tx, entrance);
  });
  return { ok: true, value: { ...entrance, name: input.name } };
}

/** A new, empty home for a unit at the building's address (one per residency: residency.ts). */
export async function unitHomeOf(deps: ServiceDeps, building: BuildingRow, label: string): Promise<Home> {
  const common = (await findHome(deps.db, building.home_id))!;
  const { id: _id, name: _name, created_at: _c, updated_at: _u, ...address } = common;
  return homeOf(deps, `${building.name} ${label}`, { ...address, address_line2: `Unit ${label}` });
}

export async function addUnit(
  deps: ServiceDeps,
  principal: Principal,
  buildingId: string,
  label: string,
): Promise<Outcome<UnitRow>> {
  const building = await buildingFor(deps.db, principal, buildingId, 'manage');
  if (!building.ok) return building;
  const home = await unitHomeOf(deps, building.value, label);
  const unit: UnitRow = {
    id: deps.ids.id('unit'),
    building_id: buildingId,
    label,
    home_id: home.id,
    building_delivery: 1,
    created_at: home.created_at,
  };
  const exists = await deps.db
    .selectFrom('building_units')
    .select('id')
    .where('building_id', '=', buildingId)
    .where('label', '=', label)
    .executeTakeFirst();
  if (exists) return fail('conflict', `The building already has a unit labelled ${label}`);
  await withTransaction(deps.db, async (tx) => {
    await insertHome(tx, home);
    await insertUnit(tx, unit);
  });
  return { ok: true, value: unit };
}

/**
 * Invites a resident to a vacant unit; they join its home only by accepting (docs/api.md "Invitations"). Once
 * someone lives there only they add people: the manager may not put anyone into an occupied home.
 */
export async function inviteResident(
  deps: ServiceDeps,
  principal: Principal,
  buildingId: string,
  unitId: string,
  email: string,
): Promise<Outcome<Invitation>> {
  const building = await buildingFor(deps.db, principal, buildingId, 'manage');
  if (!building.ok || principal.kind !== 'user') return building.ok ? fail('unauthenticated', 'Sign in') : building;
  const unit = await findUnit(deps.db, unitId);
  if (unit?.building_id !== buildingId) return fail('not-found', 'No such unit');
  if ((await countResidents(deps.db, unit.home_id)) > 0) {
    return fail('conflict', 'Someone lives in this unit; only its residents invite others', {
      reason: 'unit_occupied',
    });
  }
  return invite(deps, { kind: 'home', id: unit.home_id, role: 'owner' }, email, principal.userId);
}

/** Pairs an entrance's controller (a lock-like device) or its camera: no other kind of device serves an entrance. */
export async function pairEntranceDevice(
  deps: PairDeps,
  principal: Principal,
  buildingId: string,
  entranceId: string,
  claimCode: string,
): Promise<Outcome<Device>> {
  const found = await entranceFor(deps.db, principal, buildingId, entranceId, 'manage');
  if (!found.ok || principal.kind !== 'user') return found.ok ? fail('unauthenticated', 'Sign in') : found;
  const code = normaliseClaimCode(claimCode);
  if (code === null) return fail('validation', 'A claim code is 12 characters, as printed: XXXX-XXXX-XXXX');
  const device = await findUnclaimedByClaimHash(deps.db, claimHash(code));
  if (device && device.kind !== 'lock' && device.kind !== 'camera') {
    return fail('conflict', 'An entrance takes a controller (a lock) and a camera only', { reason: 'wrong_kind' });
  }
  return claimAt(deps, principal.userId, code, { homeId: found.value.building.home_id, accessPointId: entranceId });
}
