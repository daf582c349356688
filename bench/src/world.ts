import { randomBytes } from 'node:crypto';
import { ApiClient, type Credential, expectStatus } from '@threshold/demo';
import { createThreshold, type Threshold, type ThresholdAuth } from '@threshold/sdk';
import type { DevicesReady, DoorIdentities } from './device-host.js';
import { HomeFeed } from './live.js';

// The benchmark's world, made through the public API as a customer and a carrier would: one customer with N homes,
// each with a front door opened to in-home delivery, a lock and a camera paired to it; a carrier the homes are
// enrolled with, its API key and one courier.

export interface BenchDoor {
  homeId: string;
  lockId: string;
  cameraId: string;
  position: { lat: number; lon: number; accuracyMeters: number };
  feed: HomeFeed;
}

export interface BenchWorld {
  api: ApiClient;
  devices: ApiClient;
  carrier: Credential;
  courier: { as: Credential; userId: string };
  /** The driver's callers through the typed SDK. */
  sdk: { carrier: Threshold; courier: Threshold };
  doors: BenchDoor[];
  close(): void;
}

const PASSWORD = 'bench password 1234';
const PAIR_WAIT_MS = 15_000;
const email = (who: string) => `${who}-${randomBytes(4).toString('hex')}@bench.threshold.test`;

async function signUp(api: ApiClient, who: string): Promise<{ bearer: string }> {
  const res = await api.post<{ token: string }>('/v1/auth/sign-up', {
    email: email(who),
    name: who,
    password: PASSWORD,
  });
  return { bearer: expectStatus(res, 201, `sign up ${who}`).token };
}

async function carrierWithCourier(api: ApiClient) {
  const admin = await signUp(api, 'dispatch');
  const org = expectStatus(
    await api.post<{ id: string }>('/v1/organisations', { name: 'Bench Parcels', kind: 'carrier' }, admin),
    201,
    'organisation',
  );
  const scopes = ['deliveries:read', 'deliveries:write'];
  const key = await api.post<{ secret: string }>(
    `/v1/organisations/${org.id}/api-keys`,
    { name: 'bench', scopes },
    admin,
  );
  const courierEmail = email('courier');
  const member = { email: courierEmail, role: 'courier', account: { name: 'Bench Courier', password: PASSWORD } };
  expectStatus(await api.post(`/v1/organisations/${org.id}/members`, member, admin), 201, 'courier');
  const signIn = await api.post<{ token: string; user: { id: string } }>('/v1/auth/sign-in', {
    email: courierEmail,
    password: PASSWORD,
  });
  const courier = expectStatus(signIn, 200, 'courier sign-in');
  return {
    organisationId: org.id,
    carrier: { apiKey: expectStatus(key, 201, 'api key').secret },
    courier: { as: { bearer: courier.token }, userId: courier.user.id },
  };
}

/** Pairs one device; the first attempts may come before the device said hello to the platform. */
async function pair(
  api: ApiClient,
  owner: Credential,
  device: { claimCode: string },
  accessPointId: string,
): Promise<void> {
  const deadline = Date.now() + PAIR_WAIT_MS;
  for (;;) {
    const res = await api.post('/v1/devices/pair', { claimCode: device.claimCode, accessPointId }, owner);
    if (res.status === 201) return;
    if (Date.now() > deadline) throw new Error(`pairing failed: ${res.status} ${JSON.stringify(res.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function door(api: ApiClient, owner: { bearer: string }, organisationId: string, ids: DoorIdentities, i: number) {
  const lat = 51.5 + i * 0.01;
  const fields = {
    name: `Home ${i}`,
    addressLine1: `${i} Bench Street`,
    city: 'London',
    postalCode: 'N1 7GU',
    country: 'GB',
  };
  const homeBody = { ...fields, lat, lon: -0.09, geofenceRadiusM: 40, timeZone: 'Europe/London' };
  const home = expectStatus(await api.post<{ id: string }>('/v1/homes', homeBody, owner), 201, 'home');
  const ap = await api.post<{ id: string }>(
    `/v1/homes/${home.id}/access-points`,
    { kind: 'front_door', name: 'Front door' },
    owner,
  );
  const accessPointId = expectStatus(ap, 201, 'front door').id;
  const prefs = {
    inHomeAccessPointIds: [accessPointId],
    pets: { status: 'none', note: '' },
    daysOff: [],
    fallback: 'doorstep',
    instructions: '',
  };
  expectStatus(
    await api.request('PUT', `/v1/homes/${home.id}/preferences`, { as: owner, body: prefs }),
    200,
    'preferences',
  );
  expectStatus(
    await api.post(`/v1/homes/${home.id}/enrolments`, { organisationId, plan: 'standard' }, owner),
    201,
    'enrolment',
  );
  await pair(api, owner, ids.lock, accessPointId);
  await pair(api, owner, ids.camera, accessPointId);
  const feed = await HomeFeed.open(caller(api.baseUrl, { kind: 'bearer', token: owner.bearer }), home.id);
  return {
    homeId: home.id,
    lockId: ids.lock.id,
    cameraId: ids.camera.id,
    position: { lat, lon: -0.09, accuracyMeters: 8 },
    feed,
  };
}

/** Retries off: a timed call is exactly one request. */
const caller = (baseUrl: string, auth: ThresholdAuth): Threshold => createThreshold({ baseUrl, auth, retries: 0 });

export async function setUpWorld(platformUrl: string, devices: DevicesReady): Promise<BenchWorld> {
  const api = new ApiClient(platformUrl);
  const owner = await signUp(api, 'customer');
  const cast = await carrierWithCourier(api);
  const doors: BenchDoor[] = [];
  for (const [i, ids] of devices.doors.entries()) doors.push(await door(api, owner, cast.organisationId, ids, i));
  return {
    api,
    devices: new ApiClient(devices.controlUrl),
    carrier: cast.carrier,
    courier: cast.courier,
    sdk: {
      carrier: caller(platformUrl, { kind: 'apiKey', key: cast.carrier.apiKey }),
      courier: caller(platformUrl, { kind: 'bearer', token: cast.courier.as.bearer }),
    },
    doors,
    close: () => {
      for (const d of doors) d.feed.close();
    },
  };
}
