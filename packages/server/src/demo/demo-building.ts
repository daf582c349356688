import type { Weekday } from '@threshold/core';
import type { Principal } from '../policy.js';
import { createAccount } from '../services/accounts.js';
import { grantCarrierAccess } from '../services/buildings/carriers.js';
import { addEntrance, addUnit, createBuilding, inviteResident } from '../services/buildings/manage.js';
import { enrolHome } from '../services/deliveries-enrolments.js';
import type { ServiceDeps } from '../services/deps.js';
import { answerInvitation } from '../services/invitations.js';
import { createOrganisation } from '../services/organisations.js';
import { DEMO_ACCOUNTS, type DemoWorld } from './demo-accounts.js';

// The demo's apartment building (docs/buildings.md): a building manager with one admin, a building round the corner
// from the demo home with a lobby door and a package room, and one unit whose resident is the demo customer (invited,
// and accepting, as the ordinary invitation flow has it). The demo carrier may use both entrances all day, every day,
// and the unit is enrolled with it, so `npm run demo -- delivery --method lobby` (or `--method package_room`) works out
// of the box. Each entrance's controller (an emulated lock) and camera are paired when the devices start
// (demo-devices.ts).

/** The lobby door: about 110 m east of the demo home. */
export const DEMO_LOBBY = { lat: 51.538_96, lon: -0.086_53 };
/** The package room's door: round the side of the building, about 15 m east of the lobby. */
export const DEMO_PACKAGE_ROOM = { lat: 51.538_96, lon: -0.086_31 };
const EVERY_DAY: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const ALL_DAY = [
  { days: EVERY_DAY, startLocal: '00:00', endLocal: '12:00' },
  { days: EVERY_DAY, startLocal: '12:00', endLocal: '00:00' },
];

const user = (userId: string, userKind: string): Principal => ({
  kind: 'user',
  userId,
  userKind,
  sessionId: 'demo-seeding',
});

const must = <T>(outcome: { ok: true; value: T } | { ok: false; error: { detail: string } }, what: string): T => {
  if (!outcome.ok) throw new Error(`could not ${what} for the demo building: ${outcome.error.detail}`);
  return outcome.value;
};

type DemoBuilding = NonNullable<DemoWorld['building']>;

/** Adds the building, its lobby, its package room and the customer's unit to a demo world that has none yet, and the
 * package room to a building seeded before it had one (older data folders too). */
export async function seedDemoBuilding(deps: ServiceDeps, world: DemoWorld): Promise<DemoWorld> {
  if (world.building?.packageRoomId) return world;
  const building = world.building ?? (await seedBuildingAndLobby(deps, world));
  return { ...world, building: await seedPackageRoom(deps, world, building) };
}

/** The package room, its carrier access all day, on a building that has none yet. */
async function seedPackageRoom(deps: ServiceDeps, world: DemoWorld, b: DemoBuilding): Promise<DemoBuilding> {
  const manager = user(b.managerId, 'staff');
  const room = { kind: 'package_room' as const, name: 'Package room', ...DEMO_PACKAGE_ROOM, radiusM: 30 };
  const entrance = must(await addEntrance(deps, manager, b.buildingId, room), 'add the package room');
  const access = { entranceId: entrance.id, organisationId: world.carrierId, windows: ALL_DAY };
  must(await grantCarrierAccess(deps, manager, b.buildingId, access), 'let the carrier into the package room');
  return { ...b, packageRoomId: entrance.id };
}

/** The building, its lobby and unit 4B: all a world seeded before the package room has. */
export async function seedBuildingAndLobby(deps: ServiceDeps, world: DemoWorld): Promise<DemoBuilding> {
  const admin = must(await createAccount(deps, { ...DEMO_ACCOUNTS.manager, kind: 'staff' }), 'create the manager');
  const manager = user(admin.id, 'staff');
  const org = await createOrganisation(deps, admin.id, { name: 'Canal Court Management', kind: 'building_manager' });
  const { building } = must(
    await createBuilding(deps, manager, {
      organisationId: org.id,
      name: 'Canal Court',
      addressLine1: '3 Canal Court',
      city: 'London',
      postalCode: 'N1 7GB',
      country: 'GB',
      ...DEMO_LOBBY,
      timeZone: 'Europe/London',
    }),
    'create the building',
  );
  const lobby = must(
    await addEntrance(deps, manager, building.id, { kind: 'lobby', name: 'Lobby door', ...DEMO_LOBBY, radiusM: 30 }),
    'add the lobby',
  );
  const unit = must(await addUnit(deps, manager, building.id, '4B'), 'add the unit');
  const invitation = must(
    await inviteResident(deps, manager, building.id, unit.id, DEMO_ACCOUNTS.customer.email),
    'invite the resident',
  );
  must(await answerInvitation(deps, world.customerId, invitation.id, 'accept'), 'accept the invitation');
  const resident = user(world.customerId, 'customer');
  must(await enrolHome(deps, resident, unit.home_id, { organisationId: world.carrierId, plan: 'standard' }), 'enrol');
  const access = { entranceId: lobby.id, organisationId: world.carrierId, windows: ALL_DAY };
  must(await grantCarrierAccess(deps, manager, building.id, access), 'let the carrier in');
  return { managerId: admin.id, buildingId: building.id, lobbyId: lobby.id, unitHomeId: unit.home_id };
}
