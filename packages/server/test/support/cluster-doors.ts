import { randomBytes } from 'node:crypto';
import { type CameraHandle, type LockHandle, provision, startDevice } from '@threshold/devices';
import { api } from './server-process.js';

// A light world on real nodes, made through the public API as a customer and a carrier would (as the benchmark's
// world.ts does): one customer with N homes, each a front door with an emulated lock and camera paired to it, a
// carrier the homes are enrolled with, its API key and one courier. The devices run in the test process itself (one
// process for all of them), connected to the external broker; the lock relocks as soon as its door closes.

export interface ClusterDoor {
  homeId: string;
  accessPointId: string;
  lock: LockHandle;
  camera: CameraHandle;
  position: { lat: number; lon: number; accuracyMeters: number };
}

export interface ClusterDoors {
  owner: { token: string };
  carrier: { auth: string };
  courier: { auth: string; userId: string };
  doors: ClusterDoor[];
  stop(): Promise<void>;
}

const PASSWORD = 'cluster doors password 1234';
const PAIR_WAIT_MS = 30_000;
/** Homes set up at once: enough to overlap round trips, few enough not to swamp a loaded machine. */
const SETUP_CONCURRENCY = 5;

const email = (who: string) => `${who}-${randomBytes(4).toString('hex')}@doors.threshold.test`;

async function ok<T>(call: Promise<{ status: number; body: T }>, what: string, status = 201): Promise<T> {
  const res = await call;
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function signUp(base: string, who: string): Promise<{ token: string; user: { id: string } }> {
  const body = { email: email(who), name: who, password: PASSWORD };
  return ok(api(base, 'POST', '/v1/auth/sign-up', { body }), 'sign-up');
}

async function carrierWithCourier(base: string) {
  const admin = `Bearer ${(await signUp(base, 'dispatch')).token}`;
  const org = await ok(
    api<{ id: string }>(base, 'POST', '/v1/organisations', {
      auth: admin,
      body: { name: 'Cluster Parcels', kind: 'carrier' },
    }),
    'organisation',
  );
  const scopes = ['deliveries:read', 'deliveries:write'];
  const key = await ok(
    api<{ secret: string }>(base, 'POST', `/v1/organisations/${org.id}/api-keys`, {
      auth: admin,
      body: { name: 'cluster', scopes },
    }),
    'api key',
  );
  const courierEmail = email('courier');
  const member = { email: courierEmail, role: 'courier', account: { name: 'Cluster Courier', password: PASSWORD } };
  await ok(api(base, 'POST', `/v1/organisations/${org.id}/members`, { auth: admin, body: member }), 'courier');
  const signIn = { email: courierEmail, password: PASSWORD };
  const courier = await ok(
    api<{ token: string; user: { id: string } }>(base, 'POST', '/v1/auth/sign-in', { body: signIn }),
    'courier sign-in',
    200,
  );
  return {
    organisationId: org.id,
    carrier: { auth: `ApiKey ${key.secret}` },
    courier: { auth: `Bearer ${courier.token}`, userId: courier.user.id },
  };
}

/** Pairs one device; the first attempts may come before its `hello` reached the platform. */
async function pair(base: string, auth: string, claimCode: string, accessPointId: string): Promise<void> {
  const deadline = Date.now() + PAIR_WAIT_MS;
  for (;;) {
    const res = await api(base, 'POST', '/v1/devices/pair', { auth, body: { claimCode, accessPointId } });
    if (res.status === 201) return;
    if (Date.now() > deadline) throw new Error(`pair: ${res.status} ${JSON.stringify(res.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function door(
  base: string,
  mqttUrl: string,
  owner: string,
  organisationId: string,
  i: number,
  started: (LockHandle | CameraHandle)[],
): Promise<ClusterDoor> {
  const position = { lat: 51.5 + i * 0.01, lon: -0.09, accuracyMeters: 8 };
  const fields = { name: `Home ${i}`, addressLine1: `${i} Cluster Street`, city: 'London', postalCode: 'N1 7GU' };
  const body = { ...fields, country: 'GB', lat: position.lat, lon: position.lon, geofenceRadiusM: 40 };
  const home = await ok(
    api<{ id: string }>(base, 'POST', '/v1/homes', { auth: owner, body: { ...body, timeZone: 'Europe/London' } }),
    'home',
  );
  const ap = await ok(
    api<{ id: string }>(base, 'POST', `/v1/homes/${home.id}/access-points`, {
      auth: owner,
      body: { kind: 'front_door', name: 'Front door' },
    }),
    'access point',
  );
  const prefs = {
    inHomeAccessPointIds: [ap.id],
    pets: { status: 'none', note: '' },
    daysOff: [],
    fallback: 'doorstep',
    instructions: '',
  };
  await ok(api(base, 'PUT', `/v1/homes/${home.id}/preferences`, { auth: owner, body: prefs }), 'preferences', 200);
  const enrolment = { organisationId, plan: 'standard' };
  await ok(api(base, 'POST', `/v1/homes/${home.id}/enrolments`, { auth: owner, body: enrolment }), 'enrolment');
  const lockIdentity = provision('lock');
  const cameraIdentity = provision('camera');
  const devices = { mqttUrl, platformUrl: base };
  const lock = await startDevice(lockIdentity, { ...devices, lock: { relockAfterCloseMs: 0 } });
  started.push(lock);
  const camera = await startDevice(cameraIdentity, devices);
  started.push(camera);
  await pair(base, owner, lockIdentity.claimCode, ap.id);
  await pair(base, owner, cameraIdentity.claimCode, ap.id);
  return { homeId: home.id, accessPointId: ap.id, lock, camera, position };
}

/** `count` homes made through node `base`; the cameras upload their clips to it too. */
export async function setUpClusterDoors(base: string, mqttUrl: string, count: number): Promise<ClusterDoors> {
  const owner = await signUp(base, 'customer');
  const cast = await carrierWithCourier(base);
  const doors: ClusterDoor[] = [];
  const started: (LockHandle | CameraHandle)[] = [];
  const stop = async () => {
    await Promise.allSettled(started.map((device) => device.stop()));
  };
  try {
    for (let first = 0; first < count; first += SETUP_CONCURRENCY) {
      const batch = Array.from({ length: Math.min(SETUP_CONCURRENCY, count - first) }, (_, k) =>
        door(base, mqttUrl, `Bearer ${owner.token}`, cast.organisationId, first + k, started),
      );
      const settled = await Promise.allSettled(batch);
      for (const s of settled) if (s.status === 'rejected') throw s.reason;
      doors.push(...settled.map((s) => (s as PromiseFulfilledResult<ClusterDoor>).value));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { owner: { token: owner.token }, carrier: cast.carrier, courier: cast.courier, doors, stop };
}
