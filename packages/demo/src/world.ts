import { type ApiClient, type Credential, expectStatus, StepFailed } from './http-client.js';
import type { Report } from './report.js';
import { DEMO_PEOPLE, type Settings } from './settings.js';

// The demo world as the API shows it: the carrier's key, the courier, the customer's home and its front door with
// the lock and camera paired to it. Everything but the key is read through GET calls.

export interface DemoWorld {
  carrier: Credential;
  courier: { as: Credential; userId: string };
  customer: { as: Credential };
  home: { id: string; lat: number; lon: number; geofenceRadiusM: number };
  doorId: string;
  lockId: string;
  cameraId: string;
}

interface Home {
  id: string;
  lat: number;
  lon: number;
  geofenceRadiusM: number;
}
interface Device {
  id: string;
  kind: 'lock' | 'camera';
  accessPointId: string | null;
  online: boolean;
}
interface Preferences {
  inHomeAccessPointIds: string[];
  [other: string]: unknown;
}

/** Signs in; a platform that says "slow down" (sign-ins are rate-limited per address) is waited for once. */
export async function signIn(api: ApiClient, who: { email: string; password: string }, step: string) {
  const attempt = () =>
    api.post<{ token: string; user: { id: string }; retryAfterSeconds?: number }>('/v1/auth/sign-in', who);
  let reply = await attempt();
  if (reply.status === 429) {
    const seconds = Math.min(reply.body.retryAfterSeconds ?? 5, 60);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    reply = await attempt();
  }
  const body = expectStatus(reply, 200, step);
  return { as: { bearer: body.token } as Credential, userId: body.user.id };
}

async function demoHome(api: ApiClient, as: Credential, wanted: string | undefined): Promise<Home> {
  const homes = expectStatus(await api.get<{ items: Home[] }>('/v1/homes', as), 200, 'list the homes').items;
  const home = homes.find((h) => h.id === wanted) ?? homes[0];
  if (!home) throw new StepFailed('the demo customer has no home: start the platform with `npm start`');
  return home;
}

async function frontDoorDevices(api: ApiClient, as: Credential, homeId: string) {
  const devices = expectStatus(
    await api.get<{ items: Device[] }>(`/v1/homes/${homeId}/devices`, as),
    200,
    'list the devices',
  ).items;
  const lock = devices.find((d) => d.kind === 'lock' && d.accessPointId !== null);
  const camera = devices.find((d) => d.kind === 'camera' && d.accessPointId === lock?.accessPointId);
  if (!lock || !camera) throw new StepFailed('no lock and camera are paired to one door of the demo home');
  return { doorId: lock.accessPointId!, lockId: lock.id, cameraId: camera.id };
}

/** In-home delivery is opt-in per door (docs/visits.md, `customer_allows`): the demo customer opts the front door in. */
async function openDoorToDeliveries(api: ApiClient, as: Credential, homeId: string, doorId: string, report: Report) {
  const url = `/v1/homes/${homeId}/preferences`;
  const prefs = expectStatus(await api.get<Preferences>(url, as), 200, 'read the preferences');
  if (prefs.inHomeAccessPointIds.includes(doorId)) return;
  const next = { ...prefs, inHomeAccessPointIds: [...prefs.inHomeAccessPointIds, doorId] };
  expectStatus(await api.request('PUT', url, { as, body: next }), 200, 'open the front door to in-home delivery');
  report.note('the customer opened the front door to in-home delivery (preferences)');
}

export async function discoverWorld(api: ApiClient, settings: Settings, report: Report): Promise<DemoWorld> {
  if (!settings.apiKey) {
    throw new StepFailed('no carrier API key: set THRESHOLD_API_KEY, or DATA_DIR to the folder `npm start` uses');
  }
  const customer = await signIn(api, DEMO_PEOPLE.customer, 'sign in as the demo customer');
  const courier = await signIn(api, DEMO_PEOPLE.courier, 'sign in as the demo courier');
  const home = await demoHome(api, customer.as, settings.homeId);
  const door = await frontDoorDevices(api, customer.as, home.id);
  await openDoorToDeliveries(api, customer.as, home.id, door.doorId, report);
  return {
    carrier: { apiKey: settings.apiKey },
    courier,
    customer: { as: customer.as },
    home: { id: home.id, lat: home.lat, lon: home.lon, geofenceRadiusM: home.geofenceRadiusM },
    ...door,
  };
}
