import { topics } from '@threshold/protocol';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Bus } from '../src/bus.js';
import type { Gateway } from '../src/gateway/gateway.js';
import { CLOCK_SKEW_BOUND_MS, CLOCK_STRIKES_OUT_OF_STEP, type DeviceHealth } from '../src/gateway/health.js';
import { REFUSAL_LIMITS } from '../src/gateway/refusals.js';
import { systemClock } from '../src/ports.js';
import { listLedger } from '../src/store/ledger-repo.js';
import { type Account, aHome, call, customer, expectProblem, testApp } from './support/app.js';
import { startTestGateway } from './support/gateway.js';
import { RawDevice, until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';

// Refusals are visible, bounded and alert once per burst; one skewed message cannot lock a door out.

describeEachDialect('device refusals and device clocks', (getStore) => {
  let gateway: Gateway;
  let app: FastifyInstance;
  const devices: RawDevice[] = [];

  beforeAll(async () => {
    gateway = await startTestGateway(getStore(), new Bus());
    ({ app } = await testApp(getStore(), { gateway, clock: systemClock }));
  });
  afterAll(async () => {
    await Promise.allSettled(devices.map((d) => d.close()));
    await app?.close();
    await gateway?.stop();
  });

  const row = (id: string) =>
    getStore().db.selectFrom('devices').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  async function pairedLock(): Promise<{ device: RawDevice; owner: Account; homeId: string }> {
    const device = new RawDevice('lock');
    devices.push(device);
    await device.connect(`mqtt://127.0.0.1:${gateway.brokerPort}`);
    await until(async () => Number((await row(device.id).catch(() => null))?.last_seq) === device.seq, 'registered');
    const owner = await customer(app);
    const home = await call(app, owner.token, { method: 'POST', url: '/v1/homes', payload: aHome });
    const homeId = (home.json() as { id: string }).id;
    const ap = await call(app, owner.token, {
      method: 'POST',
      url: `/v1/homes/${homeId}/access-points`,
      payload: { kind: 'front_door', name: 'Front door' },
    });
    const accessPointId = (ap.json() as { id: string }).id;
    const paired = await call(app, owner.token, {
      method: 'POST',
      url: '/v1/devices/pair',
      payload: { claimCode: device.claimCode, accessPointId },
    });
    expect(paired.statusCode).toBe(201);
    return { device, owner, homeId };
  }

  it('bounds a flood of refused messages, counts all of them, alerts once and writes the ledger twice', async () => {
    const { device, owner, homeId } = await pairedLock();
    const flood = REFUSAL_LIMITS.keepPerDevice + 10;
    for (let i = 0; i < flood; i++) await device.publish(topics.evt(device.id), `{"v":1,"n":${i}}`);
    await until(
      async () => {
        const counts = await getStore()
          .db.selectFrom('device_rejection_counts')
          .selectAll()
          .where('device_id', '=', device.id)
          .execute();
        return counts.length === 1 && Number(counts[0]!.count) === flood;
      },
      'every refusal counted',
      30_000,
    );
    const kept = await getStore()
      .db.selectFrom('device_rejections')
      .select('id')
      .where('device_id', '=', device.id)
      .execute();
    expect(kept.length).toBeLessThanOrEqual(REFUSAL_LIMITS.keepPerDevice);
    const alerts = await getStore().db.selectFrom('alerts').selectAll().where('home_id', '=', homeId).execute();
    expect(alerts).toMatchObject([{ kind: 'device_refusals', visit_id: null }]);
    const facts = (await listLedger(getStore().db, homeId, { limit: 500 })).filter((e) => e.kind === 'device.refusals');
    expect(facts.map((f) => f.data)).toMatchObject([
      { deviceId: device.id, reason: 'unsigned', count: 1, burst: false },
      { deviceId: device.id, reason: 'unsigned', count: REFUSAL_LIMITS.burstThreshold, burst: true },
    ]);

    // The owner sees them on the device and in its refusals; the device (its maker) with its own token.
    const view = await call(app, owner.token, { method: 'GET', url: `/v1/devices/${device.id}` });
    expect(view.json()).toMatchObject({ refusals: { total: flood, byReason: { unsigned: flood } } });
    const own = await call(app, owner.token, {
      method: 'GET',
      url: `/v1/homes/${homeId}/devices/${device.id}/rejections?limit=5`,
    });
    expect(own.statusCode).toBe(200);
    const body = own.json() as { summary: { total: number }; items: Array<{ reason: string; topic: string }> };
    expect(body.summary.total).toBe(flood);
    expect(body.items).toHaveLength(5);
    expect(body.items[0]).toMatchObject({ reason: 'unsigned', topic: topics.evt(device.id) });
    const maker = await app.inject({
      method: 'GET',
      url: '/v1/device-api/rejections',
      headers: { authorization: `Device ${device.token()}` },
    });
    expect(maker.json()).toMatchObject({ summary: { total: flood, byReason: { unsigned: flood } } });
    expectProblem(await app.inject({ method: 'GET', url: '/v1/device-api/rejections' }), 401, 'unauthenticated');
    const stranger = await customer(app);
    expectProblem(
      await call(app, stranger.token, { method: 'GET', url: `/v1/homes/${homeId}/devices/${device.id}/rejections` }),
      404,
      'not-found',
    );
  });

  it('one event stamped 10 minutes ahead is accepted without putting the clock out of step; several in a row do', async () => {
    const { device } = await pairedLock();
    const health = async () => JSON.parse((await row(device.id)).health) as DeviceHealth;
    const sendAt = async (offsetMs: number) => {
      await device.send('door', { door: 'closed' }, { ts: Date.now() + offsetMs });
      await until(async () => Number((await row(device.id)).last_seq) === device.seq, 'accepted');
    };
    await sendAt(10 * 60_000);
    let h = await health();
    expect(Math.abs(h.clockSkewMs ?? 0)).toBeLessThanOrEqual(CLOCK_SKEW_BOUND_MS);
    expect(h).toMatchObject({ clockStrikes: 1 });
    expect(h.clockLastSkewMs).toBeGreaterThan(9 * 60_000);
    await sendAt(0);
    expect(await health()).toMatchObject({ clockStrikes: 0 });
    for (let i = 0; i < CLOCK_STRIKES_OUT_OF_STEP; i++) await sendAt(10 * 60_000);
    h = await health();
    expect(h.clockSkewMs).toBeGreaterThan(9 * 60_000);
    await sendAt(0);
    h = await health();
    expect(Math.abs(h.clockSkewMs ?? 0)).toBeLessThanOrEqual(CLOCK_SKEW_BOUND_MS);
  });
});
