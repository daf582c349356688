import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VisitExpectations } from '@threshold/core';
import { type CameraHandle, type LockHandle, provision, startDevice } from '@threshold/devices';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Bus } from '../../src/bus.js';
import { loadConfig } from '../../src/config.js';
import type { Gateway } from '../../src/gateway/gateway.js';
import { silentLog } from '../../src/gateway/log.js';
import type { JobRunner } from '../../src/jobs/runner.js';
import { startPlatform as startRunningPlatform } from '../../src/platform.js';
import { randomIds } from '../../src/ports.js';
import type { VisitDeps } from '../../src/services/visits/deps.js';
import type { Store } from '../../src/store/db.js';
import { aHome, bearer, customer, TEST_ENV } from './app.js';
import { until } from './raw-device.js';

// The whole platform in one test process: store, embedded broker, gateway, job runner, visit services, HTTP on a
// real port (the camera uploads its clips over HTTP), and the EMULATED lock and camera from packages/devices, paired
// through the API to a customer's front door. A carrier with an API key and a courier complete the cast.

/** Real time plus an offset the test moves forward: timers come due without waiting, devices share the clock. */
export function offsetClock() {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    advance(ms: number) {
      offset += ms;
    },
  };
}

export interface Platform {
  store: Store;
  app: FastifyInstance;
  clock: ReturnType<typeof offsetClock>;
  bus: Bus;
  gateway: Gateway;
  jobs: JobRunner;
  deps: VisitDeps;
  lock: LockHandle;
  camera: CameraHandle;
  owner: { token: string; userId: string; homeId: string; accessPointId: string };
  carrier: { organisationId: string; apiKey: string; adminToken: string };
  courier: { token: string; userId: string };
  /** Calls the API as someone: a session token, an API key (`ApiKey …`) or nobody. */
  call(who: string | undefined, options: InjectOptions): Promise<LightMyRequestResponse>;
  /** Restarts the visit services and job runner, as a new process would after SIGKILL. */
  restartServices(): Promise<void>;
  close(): Promise<void>;
}

const auth = (who: string) => (who.startsWith('thk_') ? { authorization: `ApiKey ${who}` } : bearer(who));

async function created(app: FastifyInstance, who: string, url: string, payload: object, status = 201) {
  const res = await app.inject({ method: 'POST', url, payload, headers: auth(who) });
  if (res.statusCode !== status) throw new Error(`POST ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as Record<string, unknown>;
}

async function pairDevice(
  p: Pick<Platform, 'app' | 'store'>,
  token: string,
  device: { id: string; claimCode: string },
  ap: string,
) {
  await until(async () => {
    const row = await p.store.db.selectFrom('devices').select('id').where('id', '=', device.id).executeTakeFirst();
    return row !== undefined;
  }, `${device.id} registered`);
  await created(p.app, token, '/v1/devices/pair', { claimCode: device.claimCode, accessPointId: ap });
}

async function household(app: FastifyInstance) {
  const account = await customer(app, 'owner');
  const home = await created(app, account.token, '/v1/homes', aHome);
  const door = await created(app, account.token, `/v1/homes/${home.id}/access-points`, {
    kind: 'front_door',
    name: 'Front door',
  });
  const owner = { ...account, homeId: home.id as string, accessPointId: door.id as string };
  const prefs = {
    inHomeAccessPointIds: [owner.accessPointId],
    pets: { status: 'contained', note: 'Cat in the kitchen' },
    daysOff: [],
    fallback: 'doorstep',
    instructions: 'Behind the plant',
  };
  const res = await app.inject({
    method: 'PUT',
    url: `/v1/homes/${owner.homeId}/preferences`,
    payload: prefs,
    headers: bearer(owner.token),
  });
  if (res.statusCode !== 200) throw new Error(`preferences: ${res.body}`);
  return owner;
}

async function carrierWithCourier(app: FastifyInstance, homeOwner: { token: string; homeId: string }) {
  const admin = await customer(app, 'carrier');
  const org = await created(app, admin.token, '/v1/organisations', { name: 'Parcel Co', kind: 'carrier' });
  const key = await created(app, admin.token, `/v1/organisations/${org.id}/api-keys`, {
    name: 'integration',
    scopes: ['deliveries:read', 'deliveries:write'],
  });
  const email = `courier-${Math.random().toString(36).slice(2, 10)}@example.test`;
  const password = 'correct horse battery';
  await created(app, admin.token, `/v1/organisations/${org.id}/members`, {
    email,
    role: 'courier',
    account: { name: 'Kim', password },
  });
  const signIn = await app.inject({ method: 'POST', url: '/v1/auth/sign-in', payload: { email, password } });
  const courier = signIn.json() as { token: string; user: { id: string } };
  await created(app, homeOwner.token, `/v1/homes/${homeOwner.homeId}/enrolments`, {
    organisationId: org.id,
    plan: 'standard',
  });
  return {
    carrier: { organisationId: org.id as string, apiKey: key.secret as string, adminToken: admin.token },
    courier: { token: courier.token, userId: courier.user.id },
  };
}

/** What a test may change in the cast: the visits' expectations and how long the camera's clips are. */
export interface PlatformOptions {
  expectations?: Partial<VisitExpectations>;
  cameraSegmentMs?: number;
  /** Extra environment for loadConfig, e.g. SMTP_URL (notifications.test.ts). */
  env?: Record<string, string>;
}

export async function startPlatform(store: Store, options: PlatformOptions = {}): Promise<Platform> {
  const dataDir = mkdtempSync(join(tmpdir(), 'threshold-platform-'));
  const clock = offsetClock();
  const running = await startRunningPlatform({
    store,
    config: loadConfig({ ...TEST_ENV, DATA_DIR: dataDir, MQTT_PORT: '0', ...options.env }),
    clock,
    ids: randomIds,
    log: silentLog,
    nodeId: `test-${randomIds.id('node')}`,
    expectations: { postRollMs: 300, ...options.expectations },
    jobPollMs: 25,
  });
  const { app, bus, gateway } = running;
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const deps = running.visitDeps;

  const owner = await household(app);
  const mqttUrl = `mqtt://127.0.0.1:${gateway.brokerPort}`;
  const lockId = provision('lock');
  const cameraId = provision('camera');
  const devices = { mqttUrl, platformUrl: url, now: clock.now };
  const lock = await startDevice(lockId, devices);
  const segments = options.cameraSegmentMs === undefined ? {} : { segmentMs: options.cameraSegmentMs };
  const camera = await startDevice(cameraId, { ...devices, camera: { heartbeatMs: 500, ...segments } });
  await pairDevice({ app, store }, owner.token, lockId, owner.accessPointId);
  await pairDevice({ app, store }, owner.token, cameraId, owner.accessPointId);
  const cast = await carrierWithCourier(app, owner);

  const platform: Platform = {
    store,
    app,
    clock,
    bus,
    gateway,
    get jobs() {
      return running.jobs();
    },
    deps,
    lock,
    camera,
    owner,
    ...cast,
    call: (who, o) => app.inject({ ...o, headers: { ...(who ? auth(who) : {}), ...o.headers } }),
    restartServices: () => running.restartServices(),
    async close() {
      await Promise.allSettled([lock.stop(), camera.stop()]);
      // The camera's upload connections are kept alive; a stopped camera will not close them.
      app.server.closeAllConnections();
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return platform;
}
