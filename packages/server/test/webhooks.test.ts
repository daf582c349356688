import type { FastifyInstance } from 'fastify';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { Bus } from '../src/bus.js';
import { loadConfig } from '../src/config.js';
import type { Gateway } from '../src/gateway/gateway.js';
import { silentLog } from '../src/gateway/log.js';
import { buildApp } from '../src/http/app.js';
import { type Clock, randomIds } from '../src/ports.js';
import type { VisitDeps } from '../src/services/visits/deps.js';
import { startDeviceAlerts } from '../src/services/visits/device-alerts.js';
import { createWebhookDispatcher } from '../src/webhooks/dispatcher.js';
import { aHome, bearer, call, customer, expectProblem, TEST_ENV } from './support/app.js';
import { startTestGateway } from './support/gateway.js';
import { describeEachDialect } from './support/stores.js';
import { type Receiver, startReceiver } from './support/webhook-receiver.js';
import { tenant } from './support/world.js';

const T0 = Date.parse('2026-11-25T09:00:00.000Z');
const HOUR = 3_600_000;
const clock: Clock & { advance(ms: number): void } = {
  now: () => Date.now(),
  advance: (ms) => vi.setSystemTime(Date.now() + ms),
};

interface Carrier {
  token: string;
  organisationId: string;
  homeId: string;
  key: Record<string, string>;
}

async function created(app: FastifyInstance, token: string, url: string, payload: object) {
  const res = await call(app, token, { method: 'POST', url, payload });
  if (res.statusCode !== 201) throw new Error(`POST ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as Record<string, unknown>;
}

async function carrier(app: FastifyInstance): Promise<Carrier> {
  const admin = await customer(app, 'carrier');
  const home = await created(app, admin.token, '/v1/homes', aHome);
  await created(app, admin.token, `/v1/homes/${home.id}/access-points`, { kind: 'front_door', name: 'Front' });
  const org = await created(app, admin.token, '/v1/organisations', { name: 'Carrier', kind: 'carrier' });
  await created(app, admin.token, `/v1/homes/${home.id}/enrolments`, { organisationId: org.id, plan: 'std' });
  const key = await created(app, admin.token, `/v1/organisations/${org.id}/api-keys`, {
    name: 'integration',
    scopes: ['deliveries:write', 'webhooks:write'],
  });
  return {
    token: admin.token,
    organisationId: org.id as string,
    homeId: home.id as string,
    key: { authorization: `ApiKey ${key.secret as string}` },
  };
}

describeEachDialect('webhooks over HTTP', (getStore) => {
  let app: FastifyInstance;
  let strictApp: FastifyInstance;
  let gateway: Gateway;
  let receiver: Receiver;
  let c: Carrier;
  let booked = 0;

  beforeAll(async () => {
    const env = { ...TEST_ENV, WEBHOOK_ALLOW_PRIVATE: 'true' };
    const bus = new Bus();
    gateway = await startTestGateway(getStore(), bus);
    const visits = { bus, log: silentLog };
    app = await buildApp({ store: getStore(), config: loadConfig(env), clock, ids: randomIds, visits, gateway });
    strictApp = await buildApp({ store: getStore(), config: loadConfig(TEST_ENV), clock, ids: randomIds });
  });
  afterAll(async () => {
    await app.close();
    await strictApp.close();
    await gateway.stop();
  });
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    receiver = await startReceiver();
    c = await carrier(app);
  });
  afterEach(async () => {
    // A later receiver may get this one's port: no endpoint of this test may send to it.
    await getStore().db.updateTable('webhook_endpoints').set({ enabled: 0 }).execute();
    await receiver.close();
    vi.useRealTimers();
  });

  const dispatcher = () =>
    createWebhookDispatcher({
      store: getStore(),
      clock,
      ids: randomIds,
      log: { warn() {}, error() {} },
      nodeId: 'test',
      allowPrivate: true,
    });
  const drain = async () => {
    const d = dispatcher();
    while ((await d.runDue()) > 0) {}
  };
  const register = async (eventTypes = ['delivery.created', 'delivery.assigned']) => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/webhook-endpoints',
      headers: c.key,
      payload: { url: receiver.url, eventTypes },
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json() as { endpoint: { id: string }; secret: string };
    expect(body.secret).toMatch(/^whsec_/);
    return body;
  };
  const book = () =>
    app.inject({
      method: 'POST',
      url: '/v1/deliveries',
      headers: c.key,
      payload: {
        homeId: c.homeId,
        externalId: `ext-${++booked}`,
        window: { start: '2026-11-25T10:00:00Z', end: '2026-11-25T12:00:00Z' },
      },
    });

  it('refuses a URL that points at a private or loopback address, with a clear problem type', async () => {
    for (const url of ['http://127.0.0.1:9/x', 'http://10.0.0.7/x', 'http://[::1]/x', 'http://localhost/x']) {
      const res = await strictApp.inject({
        method: 'POST',
        url: '/v1/webhook-endpoints',
        headers: bearer(c.token),
        payload: { organisationId: c.organisationId, url, eventTypes: ['*'] },
      });
      expectProblem(res, 400, 'webhook-url-refused');
      expect(res.json()).toMatchObject({ reason: 'private_address', field: 'body.url' });
    }
    const rows = await getStore().db.selectFrom('webhook_endpoints').selectAll().execute();
    expect(rows.filter((r) => r.organisation_id === c.organisationId)).toEqual([]);
  });

  it('re-checks the address at send time: an endpoint that became private gets no request', async () => {
    const { endpoint, secret } = await register();
    receiver.secrets.push(secret);
    expect((await book()).statusCode).toBe(201);
    const strict = createWebhookDispatcher({
      store: getStore(),
      clock,
      ids: randomIds,
      log: { warn() {}, error() {} },
      nodeId: 'strict',
      allowPrivate: false,
    });
    await strict.runDue();
    expect(receiver.requests).toBe(0);
    const attempts = await app.inject({
      method: 'GET',
      url: `/v1/webhook-endpoints/${endpoint.id}/attempts`,
      headers: c.key,
    });
    expect(attempts.json().items[0]).toMatchObject({ outcome: 'refused_address', statusCode: null });
  });

  it('delivers delivery.created and delivery.assigned, signed, and lists the attempts with status codes', async () => {
    const { endpoint, secret } = await register();
    receiver.secrets.push(secret);
    const res = await book();
    expect(res.statusCode).toBe(201);
    const deliveryId = (res.json() as { id: string }).id;
    await drain();
    expect(receiver.processed.map((m) => m.type)).toEqual(['delivery.created']);
    expect(receiver.processed[0]!.data).toMatchObject({ deliveryId, externalId: `ext-${booked}`, status: 'booked' });
    const attempts = await app.inject({
      method: 'GET',
      url: `/v1/webhook-endpoints/${endpoint.id}/attempts`,
      headers: c.key,
    });
    expect(attempts.statusCode).toBe(200);
    expect(attempts.json().items).toMatchObject([{ outcome: 'delivered', statusCode: 204 }]);
  });

  it('after a rotation both secrets verify for 24 hours, then only the new one', async () => {
    const { endpoint, secret: old } = await register();
    const rotated = await app.inject({
      method: 'POST',
      url: `/v1/webhook-endpoints/${endpoint.id}/rotate-secret`,
      headers: c.key,
    });
    expect(rotated.statusCode).toBe(200);
    const { secret: fresh, endpoint: view } = rotated.json() as {
      secret: string;
      endpoint: { previousSecretValidUntil: string };
    };
    expect(fresh).not.toBe(old);
    expect(Date.parse(view.previousSecretValidUntil)).toBe(T0 + 24 * HOUR);
    // The receiver verifies each message with the old secret AND with the new one.
    receiver.secrets.push(old, fresh);
    await book();
    await drain();
    expect(receiver.rejected).toEqual([]);
    expect(receiver.processed).toHaveLength(1);
    expect(receiver.processed[0]!.signature.split(' ')).toHaveLength(2);

    clock.advance(24 * HOUR + 1);
    receiver.secrets.splice(0, receiver.secrets.length, fresh);
    await book();
    await drain();
    expect(receiver.processed).toHaveLength(2);
    expect(receiver.processed[1]!.signature.split(' ')).toHaveLength(1);
    const last = receiver.processed[1]!;
    const body = JSON.stringify({ type: last.type, timestamp: new Date(clock.now()).toISOString(), data: last.data });
    expect(() =>
      new Webhook(old).verify(body, {
        'webhook-id': last.id,
        'webhook-timestamp': String(Math.floor(clock.now() / 1000)),
        'webhook-signature': last.signature,
      }),
    ).toThrow();
  });

  it('replays one message, or everything since an instant, with the same webhook-id', async () => {
    const { endpoint, secret } = await register();
    receiver.secrets.push(secret);
    await book();
    clock.advance(HOUR);
    await book();
    await drain();
    expect(receiver.processed).toHaveLength(2);
    const [first, second] = receiver.processed;
    const one = await app.inject({
      method: 'POST',
      url: `/v1/webhook-endpoints/${endpoint.id}/replay`,
      headers: c.key,
      payload: { messageId: first!.id },
    });
    expect(one.statusCode).toBe(202);
    expect(one.json()).toEqual({ replayed: 1, messageIds: [first!.id] });
    await drain();
    expect(receiver.requests).toBe(3);
    const since = await app.inject({
      method: 'POST',
      url: `/v1/webhook-endpoints/${endpoint.id}/replay`,
      headers: bearer(c.token),
      payload: { since: new Date(T0 + HOUR).toISOString() },
    });
    expect(since.json()).toEqual({ replayed: 1, messageIds: [second!.id] });
    await drain();
    expect(receiver.requests).toBe(4);
    // The receiver processed each webhook-id once.
    expect(receiver.processed.map((m) => m.id)).toEqual([first!.id, second!.id]);
  });

  it('an endpoint disabled after days of failures tells its admin why, and resumes when enabled again', async () => {
    const { endpoint, secret } = await register();
    receiver.secrets.push(secret);
    receiver.up = false;
    await book();
    for (let h = 0; h <= 6 * 24; h += 6) {
      await drain();
      clock.advance(6 * HOUR);
    }
    const read = await app.inject({
      method: 'GET',
      url: `/v1/webhook-endpoints?organisationId=${c.organisationId}`,
      headers: bearer(c.token),
    });
    const [view] = read.json().items as { enabled: boolean; disabled: { reason: string } | null }[];
    expect(view).toMatchObject({ enabled: false, disabled: { reason: expect.stringMatching(/failing since/) } });
    receiver.up = true;
    const enabled = await app.inject({
      method: 'PATCH',
      url: `/v1/webhook-endpoints/${endpoint.id}`,
      headers: bearer(c.token),
      payload: { enabled: true },
    });
    expect(enabled.json()).toMatchObject({ enabled: true, disabled: null });
    await book();
    await drain();
    expect(receiver.processed.map((m) => m.type)).toEqual(['delivery.created']);
  });

  it("tells the carrier its delivery's visit, step by step, in order, from the transactions that wrote them", async () => {
    const { secret } = await register([
      'delivery.created',
      'delivery.assigned',
      'visit.arrived',
      'visit.denied',
      'visit.aborted',
    ]);
    receiver.secrets.push(secret);
    const email = `courier-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.test`;
    const password = 'correct horse battery';
    await created(app, c.token, `/v1/organisations/${c.organisationId}/members`, {
      email,
      role: 'courier',
      account: { name: 'Courier', password },
    });
    const signIn = await app.inject({ method: 'POST', url: '/v1/auth/sign-in', payload: { email, password } });
    const courier = signIn.json() as { token: string; user: { id: string } };
    const deliveryId = (await book()).json().id as string;
    const assign = await app.inject({
      method: 'POST',
      url: `/v1/deliveries/${deliveryId}/assign`,
      headers: c.key,
      payload: { courierId: courier.user.id },
    });
    expect(assign.statusCode).toBe(200);
    // No lock is online: the visit opens (arrived) and is denied at once, in one transaction.
    const arrived = await call(app, courier.token, {
      method: 'POST',
      url: `/v1/deliveries/${deliveryId}/arrive`,
      payload: { position: { lat: aHome.lat, lon: aHome.lon, accuracyMeters: 5 } },
    });
    expect(arrived.statusCode, arrived.body).toBe(201);
    const visitId = (arrived.json() as { visit: { id: string } }).visit.id;
    const aborted = await call(app, courier.token, {
      method: 'POST',
      url: `/v1/visits/${visitId}/abort`,
      payload: { reason: 'no_access' },
    });
    expect(aborted.statusCode, aborted.body).toBe(200);
    await drain();
    expect(receiver.rejected).toEqual([]);
    expect(receiver.processed.map((m) => m.type)).toEqual([
      'delivery.created',
      'delivery.assigned',
      'visit.arrived',
      'visit.denied',
      'visit.aborted',
    ]);
    for (const m of receiver.processed.slice(2)) expect(m.data).toMatchObject({ deliveryId, visitId });
    expect(receiver.processed[3]!.data.failed).toEqual(expect.arrayContaining(['devices_ready']));
  });

  it('tells the organisations enrolled with a home that its lock went offline and came back', async () => {
    const t = await tenant(app, 'devices');
    await created(app, t.token, `/v1/homes/${t.homeId}/enrolments`, { organisationId: t.organisationId, plan: 'std' });
    const { secret } = (await created(app, t.token, '/v1/webhook-endpoints', {
      organisationId: t.organisationId,
      url: receiver.url,
      eventTypes: ['device.offline', 'device.online'],
    })) as { secret: string };
    receiver.secrets.push(secret);
    const bus = new Bus();
    const deps = { db: getStore().db, clock, ids: randomIds, bus, log: silentLog } as unknown as VisitDeps;
    const stop = startDeviceAlerts(deps);
    const setOnline = async (online: number) => {
      await getStore().db.updateTable('devices').set({ online }).where('id', '=', t.deviceId).execute();
      bus.emit('device.status', { deviceId: t.deviceId, online: online === 1, at: clock.now() });
    };
    const settled = async (n: number) => {
      for (let i = 0; i < 100 && receiver.processed.length < n; i++) {
        await drain();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    await setOnline(1);
    await setOnline(0);
    await settled(1);
    await setOnline(1);
    await settled(2);
    stop();
    expect(receiver.processed.map((m) => [m.type, m.data.deviceId])).toEqual([
      ['device.offline', t.deviceId],
      ['device.online', t.deviceId],
    ]);
  });

  it('a key without webhooks:write and a member who is not an admin may not manage endpoints', async () => {
    const key = await created(app, c.token, `/v1/organisations/${c.organisationId}/api-keys`, {
      name: 'narrow',
      scopes: ['deliveries:read'],
    });
    const res = await app.inject({
      method: 'GET',
      url: '/v1/webhook-endpoints',
      headers: { authorization: `ApiKey ${key.secret as string}` },
    });
    expectProblem(res, 403, 'insufficient-scope');
  });
});
