import type { Principal } from '../policy.js';
import { createAccessPoint } from '../services/access-points.js';
import { createAccount } from '../services/accounts.js';
import { createApiKey } from '../services/api-keys.js';
import { enrolHome } from '../services/deliveries-enrolments.js';
import type { ServiceDeps } from '../services/deps.js';
import { createHome } from '../services/homes.js';
import { createFieldAccount } from '../services/invitations.js';
import { createOrganisation } from '../services/organisations.js';
import { putPreferences } from '../services/preferences.js';
import { findUserByEmail } from '../store/users-repo.js';
import type { DemoLockerSite } from './demo-lockers.js';

// The fixed demo accounts `npm start` creates on a fresh data folder (README, "Run it").

export const DEMO_ACCOUNTS = {
  customer: { email: 'customer@demo.threshold.test', password: 'demo-customer-pass', name: 'Dana Whitfield' },
  courier: { email: 'courier@demo.threshold.test', password: 'demo-courier-pass', name: 'Sam Okafor' },
  carrier: { email: 'carrier@demo.threshold.test', password: 'demo-carrier-pass', name: 'Parcelly Dispatch' },
  cleaning: { email: 'cleaning@demo.threshold.test', password: 'demo-cleaning-pass', name: 'Brightside Office' },
  worker: { email: 'worker@demo.threshold.test', password: 'demo-worker-pass', name: 'Ana Costa' },
  support: { email: 'support@demo.threshold.test', password: 'demo-support-pass', name: 'Riley Support' },
  operator: { email: 'lockers@demo.threshold.test', password: 'demo-lockers-pass', name: 'Northside Lockers Ops' },
  manager: { email: 'building@demo.threshold.test', password: 'demo-building-pass', name: 'Canal Court Office' },
} as const;

/** What the demo seeding made, kept in DATA_DIR/demo/demo.json so a restart reuses it. */
export interface DemoWorld {
  customerId: string;
  courierId: string;
  carrierAdminId: string;
  carrierId: string;
  carrierApiKey: string;
  homeId: string;
  frontDoorId: string;
  /** The cleaning company (a service provider), its worker, and its weekly grant on the demo home. */
  cleaningId?: string;
  workerId?: string;
  grantId?: string;
  /** The platform support person (staff role `support`), who works the claims queue. */
  supportId?: string;
  /** The home's garage, with an emulated opener and open to in-garage delivery without a camera. */
  garageId?: string;
  /** The car-boot access point of the home's registered car (docs/car-boot.md), with an emulated vehicle. */
  carAccessPointId?: string;
  /** The locker operator, its admin, and its sites near the home, each with one emulated bank (docs/lockers.md). */
  lockerOperatorId?: string;
  lockerOperatorAdminId?: string;
  lockerSites?: DemoLockerSite[];
  /** The apartment building whose unit 4B the customer lives in, with its lobby door and package room
   * (docs/buildings.md; a world seeded before the package room has no `packageRoomId`). */
  building?: { managerId: string; buildingId: string; lobbyId: string; packageRoomId?: string; unitHomeId: string };
}

/** Creates the demo customer, home, front door, carrier, courier and API key. Runs once per data folder. */
export async function seedDemoWorld(deps: ServiceDeps): Promise<DemoWorld> {
  const existing = await findUserByEmail(deps.db, DEMO_ACCOUNTS.customer.email);
  if (existing) throw new Error('the demo accounts exist but DATA_DIR/demo/demo.json is missing; remove DATA_DIR');

  const customer = await createAccount(deps, { ...DEMO_ACCOUNTS.customer, kind: 'customer' });
  const carrierAdmin = await createAccount(deps, { ...DEMO_ACCOUNTS.carrier, kind: 'staff' });
  if (!customer.ok || !carrierAdmin.ok) throw new Error('could not create the demo accounts');

  const home = await createHome(deps, customer.value.id, {
    name: 'Home',
    addressLine1: '12 Rosemary Lane',
    city: 'London',
    postalCode: 'N1 7GU',
    country: 'GB',
    lat: 51.538_96,
    lon: -0.088_13,
    geofenceRadiusM: 40,
    timeZone: 'Europe/London',
  });
  if (!home.ok) throw new Error('could not create the demo home');
  const frontDoor = await createAccessPoint(deps, home.value.id, { kind: 'front_door', name: 'Front door' });

  const carrier = await createOrganisation(deps, carrierAdmin.value.id, { name: 'Parcelly', kind: 'carrier' });
  const courier = await createFieldAccount(
    deps,
    carrier.id,
    { ...DEMO_ACCOUNTS.courier, role: 'courier' },
    carrierAdmin.value.id,
  );
  if (!courier.ok || !courier.value.user_id) throw new Error('could not create the demo courier');
  const apiKey = await createApiKey(deps, carrier.id, carrierAdmin.value.id, {
    name: 'Demo dispatch',
    scopes: ['deliveries:read', 'deliveries:write'],
  });

  // Parcelly serves the N1 postcode area, the home is enrolled with it ("served area and membership"), and the
  // customer allows in-home delivery at the front door; the cat stays in the kitchen.
  await deps.db
    .insertInto('service_areas')
    .values({ id: deps.ids.id('area'), organisation_id: carrier.id, country: 'GB', postal_prefix: 'N1' })
    .execute();
  const owner: Principal = { kind: 'user', userId: customer.value.id, userKind: 'customer', sessionId: 'demo-seeding' };
  const enrolled = await enrolHome(deps, owner, home.value.id, { organisationId: carrier.id, plan: 'standard' });
  const preferences = await putPreferences(deps, owner, home.value.id, {
    inHomeAccessPointIds: [frontDoor.id],
    pets: { status: 'contained', note: 'A cat, kept in the kitchen' },
    daysOff: [],
    fallback: 'doorstep',
    instructions: 'Please put parcels on the bench inside the door.',
  });
  if (!enrolled.ok || !preferences.ok) throw new Error('could not set up the demo home for deliveries');

  return {
    customerId: customer.value.id,
    courierId: courier.value.user_id,
    carrierAdminId: carrierAdmin.value.id,
    carrierId: carrier.id,
    carrierApiKey: apiKey.secret,
    homeId: home.value.id,
    frontDoorId: frontDoor.id,
  };
}
