import { randomBytes } from 'node:crypto';
import { ApiClient } from '@threshold/demo';
import { createThreshold, ok, ProblemError, type Threshold, type ThresholdAuth } from '@threshold/sdk';
import type { DevicesReady, DoorIdentities } from './device-host.js';
import { HomeFeed } from './live.js';

// The benchmark's world, made through the public API as a customer and a carrier would, with the typed SDK: one
// customer with N homes, each with a front door opened to in-home delivery, a lock and a camera paired to it; a
// carrier the homes are enrolled with, its API key and one courier. Only the devices' control API (not the
// platform) is called with the plain JSON client.

export interface BenchDoor {
  homeId: string;
  lockId: string;
  cameraId: string;
  position: { lat: number; lon: number; accuracyMeters: number };
  feed: HomeFeed;
}

export interface BenchWorld {
  devices: ApiClient;
  courier: { userId: string };
  /** The driver's callers through the typed SDK. */
  sdk: { carrier: Threshold; courier: Threshold };
  /** Their credentials, for callers of the same people on another node (cluster-bench.ts). */
  auth: { carrier: ThresholdAuth; courier: ThresholdAuth };
  doors: BenchDoor[];
  close(): void;
}

const PASSWORD = 'bench password 1234';
const PAIR_WAIT_MS = 15_000;
const email = (who: string) => `${who}-${randomBytes(4).toString('hex')}@bench.threshold.test`;

/** Retries off: a timed call is exactly one request. */
export const caller = (baseUrl: string, auth: ThresholdAuth = { kind: 'none' }): Threshold =>
  createThreshold({ baseUrl, auth, retries: 0 });

async function signUp(baseUrl: string, who: string): Promise<Threshold> {
  const body = { email: email(who), name: who, password: PASSWORD };
  const { token } = await ok(caller(baseUrl).api.POST('/v1/auth/sign-up', { body }));
  return caller(baseUrl, { kind: 'bearer', token });
}

async function carrierWithCourier(baseUrl: string) {
  const admin = await signUp(baseUrl, 'dispatch');
  const org = await ok(admin.api.POST('/v1/organisations', { body: { name: 'Bench Parcels', kind: 'carrier' } }));
  const params = { path: { organisationId: org.id } };
  const scopes: ('deliveries:read' | 'deliveries:write')[] = ['deliveries:read', 'deliveries:write'];
  const key = await ok(
    admin.api.POST('/v1/organisations/{organisationId}/api-keys', { params, body: { name: 'bench', scopes } }),
  );
  const courierEmail = email('courier');
  const account = { name: 'Bench Courier', password: PASSWORD };
  await ok(
    admin.api.POST('/v1/organisations/{organisationId}/members', {
      params,
      body: { email: courierEmail, role: 'courier', account },
    }),
  );
  const courier = await ok(
    caller(baseUrl).api.POST('/v1/auth/sign-in', { body: { email: courierEmail, password: PASSWORD } }),
  );
  const auth = {
    carrier: { kind: 'apiKey', key: key.secret } as const,
    courier: { kind: 'bearer', token: courier.token } as const,
  };
  return {
    organisationId: org.id,
    auth,
    carrier: caller(baseUrl, auth.carrier),
    courier: caller(baseUrl, auth.courier),
    courierId: courier.user.id,
  };
}

/** Pairs one device; the first attempts may come before the device said hello to the platform. */
async function pair(owner: Threshold, device: { claimCode: string }, accessPointId: string): Promise<void> {
  const deadline = Date.now() + PAIR_WAIT_MS;
  for (;;) {
    try {
      await ok(owner.api.POST('/v1/devices/pair', { body: { claimCode: device.claimCode, accessPointId } }));
      return;
    } catch (error) {
      if (!(error instanceof ProblemError) || Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function door(owner: Threshold, organisationId: string, ids: DoorIdentities, i: number) {
  const lat = 51.5 + i * 0.01;
  const fields = {
    name: `Home ${i}`,
    addressLine1: `${i} Bench Street`,
    city: 'London',
    postalCode: 'N1 7GU',
    country: 'GB',
  };
  const body = { ...fields, lat, lon: -0.09, geofenceRadiusM: 40, timeZone: 'Europe/London' };
  const home = await ok(owner.api.POST('/v1/homes', { body }));
  const params = { path: { homeId: home.id } };
  const ap = await ok(
    owner.api.POST('/v1/homes/{homeId}/access-points', { params, body: { kind: 'front_door', name: 'Front door' } }),
  );
  const prefs = {
    inHomeAccessPointIds: [ap.id],
    pets: { status: 'none' as const, note: '' },
    daysOff: [],
    fallback: 'doorstep' as const,
    instructions: '',
  };
  await ok(owner.api.PUT('/v1/homes/{homeId}/preferences', { params, body: prefs }));
  await ok(owner.api.POST('/v1/homes/{homeId}/enrolments', { params, body: { organisationId, plan: 'standard' } }));
  await pair(owner, ids.lock, ap.id);
  await pair(owner, ids.camera, ap.id);
  const feed = await HomeFeed.open(owner, home.id);
  return {
    homeId: home.id,
    lockId: ids.lock.id,
    cameraId: ids.camera.id,
    position: { lat, lon: -0.09, accuracyMeters: 8 },
    feed,
  };
}

export async function setUpWorld(platformUrl: string, devices: DevicesReady): Promise<BenchWorld> {
  const owner = await signUp(platformUrl, 'customer');
  const cast = await carrierWithCourier(platformUrl);
  const doors: BenchDoor[] = [];
  for (const [i, ids] of devices.doors.entries()) doors.push(await door(owner, cast.organisationId, ids, i));
  return {
    devices: new ApiClient(devices.controlUrl),
    courier: { userId: cast.courierId },
    sdk: { carrier: cast.carrier, courier: cast.courier },
    auth: cast.auth,
    doors,
    close: () => {
      for (const d of doors) d.feed.close();
    },
  };
}
