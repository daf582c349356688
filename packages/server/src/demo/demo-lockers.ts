import type { CompartmentSize, OpeningHours } from '@threshold/core';
import type { Principal } from '../policy.js';
import { createAccount } from '../services/accounts.js';
import type { ServiceDeps } from '../services/deps.js';
import { addBank, createSite } from '../services/lockers/sites.js';
import { createOrganisation } from '../services/organisations.js';
import { DEMO_ACCOUNTS, type DemoWorld } from './demo-accounts.js';

// The demo's parcel lockers (docs/lockers.md): a locker operator with one admin, and two sites near the demo home,
// each with one bank of six compartments that an emulated locker bank serves (paired with its claim code when the
// devices start, demo-devices.ts). The nearer site is where a locker delivery goes; the farther one takes a parcel
// the nearer cannot (`npm run demo -- delivery --method locker --scenario locker-full`).

/** The compartments of every demo bank: the emulated bank's own (packages/devices LOCKER_BANK_DEFAULTS), in order. */
export const DEMO_BANK_COMPARTMENTS: readonly { label: string; size: CompartmentSize }[] = [
  { label: 'A1', size: 'S' },
  { label: 'A2', size: 'S' },
  { label: 'A3', size: 'M' },
  { label: 'A4', size: 'M' },
  { label: 'A5', size: 'L' },
  { label: 'A6', size: 'XL' },
];

/** A demo site and its one bank, which the emulated bank of `deviceFile` serves. */
export interface DemoLockerSite {
  name: string;
  siteId: string;
  bankId: string;
  /** The identity file of its emulated bank, in DATA_DIR/demo. */
  deviceFile: string;
}

/**
 * About 220 m and 780 m north of the demo home (0.001° of latitude is about 111 m). Both are open around the clock
 * so that every demo scenario (the full site's parcel goes on to the second) works at any time of day; an operator
 * states real hours with PUT /v1/locker-sites/{siteId}/opening-hours.
 */
const DEMO_SITES: { name: string; dLat: number; deviceFile: string; hours: OpeningHours }[] = [
  { name: 'Rosemary Lane Lockers', dLat: 0.002, deviceFile: 'locker-bank.json', hours: 'always' },
  { name: 'Essex Road Station Lockers', dLat: 0.007, deviceFile: 'locker-bank-2.json', hours: 'always' },
];

/** Adds the locker operator, its admin and its two sites to a demo world that has none yet (older data folders too). */
export async function seedDemoLockers(deps: ServiceDeps, world: DemoWorld): Promise<DemoWorld> {
  if (world.lockerSites) return world;
  const admin = await createAccount(deps, { ...DEMO_ACCOUNTS.operator, kind: 'staff' });
  if (!admin.ok) throw new Error('could not create the demo locker operator account');
  const operator = await createOrganisation(deps, admin.value.id, {
    name: 'Northside Lockers',
    kind: 'locker_operator',
  });
  const principal = demoOperator(admin.value.id);
  const home = { lat: 51.538_96, lon: -0.088_13 };
  const lockerSites: DemoLockerSite[] = [];
  for (const s of DEMO_SITES) {
    const site = await createSite(deps, principal, {
      organisationId: operator.id,
      name: s.name,
      lat: home.lat + s.dLat,
      lon: home.lon,
      timeZone: 'Europe/London',
      openingHours: s.hours,
      hasCamera: false,
      pickupDays: 3,
    });
    if (!site.ok) throw new Error(`could not create the demo locker site: ${site.error.detail}`);
    const bank = await addBank(deps, principal, site.value.id, {
      name: 'Bank A',
      compartments: [...DEMO_BANK_COMPARTMENTS],
    });
    if (!bank.ok) throw new Error(`could not add the demo locker bank: ${bank.error.detail}`);
    lockerSites.push({ name: s.name, siteId: site.value.id, bankId: bank.value.bank.id, deviceFile: s.deviceFile });
  }
  return { ...world, lockerOperatorAdminId: admin.value.id, lockerOperatorId: operator.id, lockerSites };
}

/** The demo operator's admin as the locker services see them. */
export const demoOperator = (userId: string): Principal => ({
  kind: 'user',
  userId,
  userKind: 'staff',
  sessionId: 'demo-seeding',
});
