import { ProblemError, type Threshold } from '@threshold/sdk';
import { type Credential, expectOk, refused, StepFailed, sdkAs, settle } from './http-client.js';
import type { Report } from './report.js';
import { DEMO_PEOPLE, type Settings } from './settings.js';

// The demo world as the API shows it: the carrier's key, the courier, the customer's home and its front door with
// the lock and camera paired to it. Everything but the key is read through GET calls of the typed SDK.

export interface DemoWorld {
  carrier: Credential;
  courier: { as: Credential; userId: string };
  customer: { as: Credential };
  home: { id: string; lat: number; lon: number; geofenceRadiusM: number };
  doorId: string;
  lockId: string;
  cameraId: string;
  /** The home's garage and its opener, when it has one (docs/access-points.md "Garage"). */
  garage: { accessPointId: string; openerId: string } | null;
}

/** Signs in; a platform that says "slow down" (sign-ins are rate-limited per address) is waited for once. */
export async function signIn(apiUrl: string, who: { email: string; password: string }, step: string) {
  const attempt = () => settle(sdkAs(apiUrl, null).api.POST('/v1/auth/sign-in', { body: who }));
  let outcome = await attempt();
  if (outcome instanceof ProblemError && outcome.status === 429) {
    const after = outcome.extras.retryAfterSeconds;
    await new Promise((resolve) => setTimeout(resolve, Math.min(typeof after === 'number' ? after : 5, 60) * 1000));
    outcome = await attempt();
  }
  if (outcome instanceof ProblemError) throw refused(step, outcome);
  return { as: { bearer: outcome.value.token } as Credential, userId: outcome.value.user.id };
}

async function demoHome(customer: Threshold, wanted: string | undefined) {
  const homes = await expectOk(customer.api.GET('/v1/homes', { params: { query: { limit: 100 } } }), 'list the homes');
  const home = homes.items.find((h) => h.id === wanted) ?? homes.items[0];
  if (!home) throw new StepFailed('the demo customer has no home: start the platform with `npm start`');
  return home;
}

async function frontDoorDevices(customer: Threshold, homeId: string) {
  const params = { path: { homeId } };
  const devices = await expectOk(customer.api.GET('/v1/homes/{homeId}/devices', { params }), 'list the devices');
  const lock = devices.items.find((d) => d.kind === 'lock' && d.accessPointId !== null);
  const camera = devices.items.find((d) => d.kind === 'camera' && d.accessPointId === lock?.accessPointId);
  if (!lock?.accessPointId || !camera)
    throw new StepFailed('no lock and camera are paired to one door of the demo home');
  return { doorId: lock.accessPointId, lockId: lock.id, cameraId: camera.id };
}

async function garageOpener(customer: Threshold, homeId: string) {
  const params = { path: { homeId } };
  const devices = await expectOk(customer.api.GET('/v1/homes/{homeId}/devices', { params }), 'list the devices');
  const opener = devices.items.find((d) => d.kind === 'opener' && d.accessPointId !== null);
  return opener?.accessPointId ? { accessPointId: opener.accessPointId, openerId: opener.id } : null;
}

/** In-home delivery is opt-in per door (docs/visits.md, `customer_allows`): the demo customer opts the front door in. */
async function openDoorToDeliveries(customer: Threshold, homeId: string, doorId: string, report: Report) {
  const params = { path: { homeId } };
  const prefs = await expectOk(customer.api.GET('/v1/homes/{homeId}/preferences', { params }), 'read the preferences');
  if (prefs.inHomeAccessPointIds.includes(doorId)) return;
  const body = { ...prefs, inHomeAccessPointIds: [...prefs.inHomeAccessPointIds, doorId] };
  await expectOk(
    customer.api.PUT('/v1/homes/{homeId}/preferences', { params, body }),
    'open the front door to in-home delivery',
  );
  report.note('the customer opened the front door to in-home delivery (preferences)');
}

export async function discoverWorld(apiUrl: string, settings: Settings, report: Report): Promise<DemoWorld> {
  if (!settings.apiKey) {
    throw new StepFailed('no carrier API key: set THRESHOLD_API_KEY, or DATA_DIR to the folder `npm start` uses');
  }
  const customer = await signIn(apiUrl, DEMO_PEOPLE.customer, 'sign in as the demo customer');
  const courier = await signIn(apiUrl, DEMO_PEOPLE.courier, 'sign in as the demo courier');
  const asCustomer = sdkAs(apiUrl, customer.as);
  const home = await demoHome(asCustomer, settings.homeId);
  const door = await frontDoorDevices(asCustomer, home.id);
  const garage = await garageOpener(asCustomer, home.id);
  await openDoorToDeliveries(asCustomer, home.id, door.doorId, report);
  return {
    carrier: { apiKey: settings.apiKey },
    courier,
    customer: { as: customer.as },
    home: { id: home.id, lat: home.lat, lon: home.lon, geofenceRadiusM: home.geofenceRadiusM },
    ...door,
    garage,
  };
}
