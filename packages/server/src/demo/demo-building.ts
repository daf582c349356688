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
// from the demo home with a lobby door, and one unit whose resident is the demo customer (invited, and accepting, as
// the ordinary invitation flow has it). The demo carrier may use the lobby all day, every day, and the unit is
// enrolled with it, so `npm run demo -- delivery --method lobby` works out of the box. The lobby's controller (an
// emulated lock) and camera are paired when the devices start (demo-devices.ts).

/** The lobby door: about 110 m east of the demo home. */
export const DEMO_LOBBY = { lat: 51.538_96, lon: -0.086_53 };
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

/** Adds the building, its lobby and the customer's unit to a demo world that has none yet (older data folders too). */
export async function seedDemoBuilding(deps: ServiceDeps, world: DemoWorld): Promise<DemoWorld> {
  if (world.building) return world;
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
  return {
    ...world,
    building: { managerId: admin.id, buildingId: building.id, lobbyId: lobby.id, unitHomeId: unit.home_id },
  };
}
