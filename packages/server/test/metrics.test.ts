import { topics } from '@threshold/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createMetrics } from '../src/metrics/metrics.js';
import { customer, TEST_ENV, testApp } from './support/app.js';
import { type Platform, startPlatform } from './support/platform.js';
import { RawDevice, until } from './support/raw-device.js';
import { describeEachDialect, openSqliteTestStore, type TestStore } from './support/stores.js';

// `GET /metrics` (docs/operations.md "Metrics"): a visit moves the counters, the gauges are read from the store when
// scraped, and only the holder of METRICS_TOKEN may read any of it.

const TOKEN = 'metrics-token-for-tests-0123456789abcdef';
const AT_DOOR = { lat: 52.37, lon: 4.89, accuracyMeters: 8 };
const iso = (ms: number) => new Date(ms).toISOString();

/** Value of one sample line (`name{labels} value`), 0 when absent. */
function sample(text: string, name: string, labels = ''): number {
  const prefix = labels ? `${name}{${labels}} ` : `${name} `;
  const line = text.split('\n').find((l) => l.startsWith(prefix));
  return line === undefined ? 0 : Number(line.slice(prefix.length));
}

describeEachDialect('metrics after a visit', (getStore) => {
  let p: Platform;

  beforeAll(async () => {
    p = await startPlatform(getStore(), { env: { METRICS_TOKEN: TOKEN } });
  });
  afterAll(async () => {
    await p?.close();
  });

  const as = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    p.call(who, { method, url, ...(payload ? { payload } : {}) });
  const scrape = async () => {
    const res = await p.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    return res.body;
  };

  async function deliverInside(): Promise<string> {
    const window = { start: iso(p.clock.now() - 600_000), end: iso(p.clock.now() + 7_200_000) };
    const booked = await as(p.carrier.apiKey, 'POST', '/v1/deliveries', {
      homeId: p.owner.homeId,
      externalId: `parcel-${Math.random()}`,
      window,
    });
    const deliveryId = (booked.json() as { id: string }).id;
    await as(p.carrier.apiKey, 'POST', `/v1/deliveries/${deliveryId}/assign`, { courierId: p.courier.userId });
    const arrived = await as(p.courier.token, 'POST', `/v1/deliveries/${deliveryId}/arrive`, { position: AT_DOOR });
    const visitId = (arrived.json() as { visit: { id: string } }).visit.id;
    const unlock = await as(p.courier.token, 'POST', `/v1/visits/${visitId}/unlock`);
    expect(unlock.json()).toMatchObject({ unlocked: true });
    return visitId;
  }

  it('counts the visit, its unlock, the device events and the HTTP routes by pattern', async () => {
    const before = await scrape();
    const visitId = await deliverInside();
    const after = await scrape();

    expect(sample(after, 'threshold_visit_transitions_total', 'state="unlocked"')).toBe(
      sample(before, 'threshold_visit_transitions_total', 'state="unlocked"') + 1,
    );
    expect(sample(after, 'threshold_unlock_latency_seconds_count')).toBe(
      sample(before, 'threshold_unlock_latency_seconds_count') + 1,
    );
    expect(sample(after, 'threshold_device_events_accepted_total', 'type="bolt"')).toBeGreaterThan(
      sample(before, 'threshold_device_events_accepted_total', 'type="bolt"'),
    );
    const unlockRoute = 'method="POST",route="/v1/visits/:visitId/unlock",status="200"';
    expect(sample(after, 'threshold_http_request_duration_seconds_count', unlockRoute)).toBe(1);
    expect(after).not.toContain(visitId); // a route's pattern, never its URL
    expect(sample(after, 'threshold_visits_open', 'state="unlocked"')).toBe(1);
    expect(sample(after, 'threshold_devices_online')).toBe(2);
    expect(after).toContain('threshold_jobs_due');
    expect(after).toContain('threshold_webhook_backlog');
    expect(after).toContain('threshold_notification_backlog');

    p.lock.openDoor();
    p.lock.closeDoor();
    const relocked = async () =>
      ((await as(p.owner.token, 'GET', `/v1/visits/${visitId}`)).json() as { state: string }).state === 'relocked';
    await until(relocked, 'relocked');
    expect((await as(p.courier.token, 'POST', `/v1/visits/${visitId}/complete`)).statusCode).toBe(200);
    const ended = await scrape();
    expect(sample(ended, 'threshold_visits_open', 'state="relocked"')).toBe(0);
    expect(sample(ended, 'threshold_visit_outcomes_total', 'outcome="completed"')).toBe(
      sample(before, 'threshold_visit_outcomes_total', 'outcome="completed"') + 1,
    );
  });

  it('counts a refused device message by reason (an unsigned one), from the broker to the scrape', async () => {
    const refused = async () => sample(await scrape(), 'threshold_device_events_refused_total', 'reason="unsigned"');
    const before = await refused();
    const device = new RawDevice('lock');
    await device.connect(`mqtt://127.0.0.1:${p.gateway.brokerPort}`);
    try {
      await device.publish(topics.evt(device.id), '{"v":1,"seq":"not a number"}');
      await until(async () => (await refused()) === before + 1, 'refusal counted');
    } finally {
      await device.client?.endAsync();
    }
  });
});

describe('who may read /metrics', () => {
  let test: TestStore;

  beforeAll(async () => {
    test = await openSqliteTestStore();
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it('only the bearer of METRICS_TOKEN; no session or API key, and a 404 without a token', async () => {
    const metrics = createMetrics({ db: test.store.db, clock: { now: () => Date.now() } });
    const config = loadConfig({ ...TEST_ENV, METRICS_TOKEN: TOKEN });
    const { app } = await testApp(test.store, { metrics, config });
    const user = await customer(app);
    const get = (authorization?: string) =>
      app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });
    expect((await get(`Bearer ${TOKEN}`)).statusCode).toBe(200);
    const wrong = [undefined, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(1)}`, `ApiKey ${TOKEN}`, TOKEN];
    for (const authorization of [...wrong, `Bearer ${user.token}`]) {
      const res = await get(authorization);
      expect(res.statusCode).toBe(401);
      expect(res.body).not.toContain('threshold_');
    }
    await app.close();
    // Without METRICS_TOKEN (the default) there is nothing to find.
    const plain = await testApp(test.store, { metrics });
    expect((await plain.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
    await plain.app.close();
  });

  it('names every request in its answer, keeping a well-formed X-Request-Id from a proxy', async () => {
    const { app } = await testApp(test.store);
    const fresh = await app.inject({ method: 'GET', url: '/healthz' });
    expect(fresh.headers['x-request-id']).toMatch(/^req_/);
    const passed = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'proxy-abc-123' } });
    expect(passed.headers['x-request-id']).toBe('proxy-abc-123');
    const forged = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'a b c d e f' } });
    expect(forged.headers['x-request-id']).toMatch(/^req_/);
    await app.close();
  });
});
