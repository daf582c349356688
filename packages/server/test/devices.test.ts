import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createClipStore } from '../src/clips/clip-store.js';
import type { Gateway } from '../src/gateway/gateway.js';
import { type Account, aHome, call, customer, expectProblem, T0, testApp } from './support/app.js';
import { startTestGateway } from './support/gateway.js';
import { RawDevice, until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';

describeEachDialect('devices: pairing, listing, clip upload', (getStore) => {
  let gateway: Gateway;
  let app: FastifyInstance;
  let url: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'threshold-clips-'));
  const devices: RawDevice[] = [];

  beforeAll(async () => {
    const store = getStore();
    gateway = await startTestGateway(store);
    url = `mqtt://127.0.0.1:${gateway.brokerPort}`;
    ({ app } = await testApp(store, { gateway, clips: createClipStore({ dataDir }) }));
  });

  afterAll(async () => {
    await Promise.allSettled(devices.map((d) => d.close()));
    await app?.close();
    await gateway?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function homeWithDoor(owner: Account): Promise<{ homeId: string; accessPointId: string }> {
    const home = await call(app, owner.token, { method: 'POST', url: '/v1/homes', payload: aHome });
    const homeId = (home.json() as { id: string }).id;
    const ap = await call(app, owner.token, {
      method: 'POST',
      url: `/v1/homes/${homeId}/access-points`,
      payload: { kind: 'front_door', name: 'Front door' },
    });
    return { homeId, accessPointId: (ap.json() as { id: string }).id };
  }

  async function online(kind: 'lock' | 'camera' = 'lock'): Promise<RawDevice> {
    const device = new RawDevice(kind);
    devices.push(device);
    await device.connect(url);
    await until(async () => {
      const row = await getStore()
        .db.selectFrom('devices')
        .select('last_seq')
        .where('id', '=', device.id)
        .executeTakeFirst();
      return Number(row?.last_seq) === device.seq;
    }, 'device registered');
    return device;
  }

  const pair = (who: Account, claimCode: string, accessPointId: string) =>
    call(app, who.token, { method: 'POST', url: '/v1/devices/pair', payload: { claimCode, accessPointId } });

  it('pairs a device once with its claim code, and lists it with its health', async () => {
    const owner = await customer(app);
    const { homeId, accessPointId } = await homeWithDoor(owner);
    const device = await online();

    const res = await pair(owner, device.claimCode.toLowerCase(), accessPointId);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ id: device.id, kind: 'lock', homeId, accessPointId, online: true });
    expect([...device.pinned.keys()]).toEqual([gateway.keys().signer.kid]);
    const row = await getStore().db.selectFrom('devices').selectAll().where('id', '=', device.id).executeTakeFirst();
    expect(row).toMatchObject({ claim_hash: null, home_id: homeId, claimed_by: owner.userId });

    expectProblem(await pair(owner, device.claimCode, accessPointId), 404, 'not-found');

    const list = await call(app, owner.token, { method: 'GET', url: `/v1/homes/${homeId}/devices` });
    expect(list.statusCode).toBe(200);
    const items = (list.json() as { items: Array<Record<string, unknown>> }).items;
    expect(items.map((d) => d.id)).toEqual([device.id]);
    expect(items[0]?.health).toMatchObject({ battery: 87, signal: -61, bolt: 'locked', door: 'closed', jammed: false });

    const one = await call(app, owner.token, { method: 'GET', url: `/v1/devices/${device.id}` });
    expect(one.json()).toMatchObject({ id: device.id, accessPointId, online: true });
  });

  it('answers a retried pairing with the same Idempotency-Key as the first time', async () => {
    const owner = await customer(app);
    const { accessPointId } = await homeWithDoor(owner);
    const device = await online();
    const headers = { 'idempotency-key': `pair-${device.id}` };
    const payload = { claimCode: device.claimCode, accessPointId };
    const first = await call(app, owner.token, { method: 'POST', url: '/v1/devices/pair', payload, headers });
    const again = await call(app, owner.token, { method: 'POST', url: '/v1/devices/pair', payload, headers });
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect([...device.deliveries.values()]).toEqual([1]);
  });

  it('refuses a wrong or malformed claim code', async () => {
    const owner = await customer(app);
    const { accessPointId } = await homeWithDoor(owner);
    await online();
    expectProblem(await pair(owner, '0000-0000-0000', accessPointId), 404, 'not-found');
    expectProblem(await pair(owner, 'not-a-code!!', accessPointId), 400, 'validation');
  });

  it("hides another customer's access point and devices", async () => {
    const owner = await customer(app);
    const stranger = await customer(app);
    const { homeId, accessPointId } = await homeWithDoor(owner);
    const device = await online();
    expectProblem(await pair(stranger, device.claimCode, accessPointId), 404, 'not-found');
    expect(device.pinned.size).toBe(0);
    expect((await pair(owner, device.claimCode, accessPointId)).statusCode).toBe(201);
    expectProblem(
      await call(app, stranger.token, { method: 'GET', url: `/v1/homes/${homeId}/devices` }),
      404,
      'not-found',
    );
    expectProblem(
      await call(app, stranger.token, { method: 'GET', url: `/v1/devices/${device.id}` }),
      404,
      'not-found',
    );
    expectProblem(
      await call(app, undefined, {
        method: 'POST',
        url: '/v1/devices/pair',
        payload: { claimCode: device.claimCode, accessPointId },
      }),
      401,
      'unauthenticated',
    );
  });

  it('refuses to pair an offline device, clearly', async () => {
    const owner = await customer(app);
    const { accessPointId } = await homeWithDoor(owner);
    const device = await online();
    device.drop();
    await until(
      async () =>
        (await getStore().db.selectFrom('devices').select('online').where('id', '=', device.id).executeTakeFirst())
          ?.online === 0,
      'offline',
    );
    const res = await pair(owner, device.claimCode, accessPointId);
    expectProblem(res, 409, 'conflict');
    expect(res.json()).toMatchObject({ reason: 'device_offline' });
  });

  it('checks the device token on a clip upload; an unpaired camera stores nothing (device-uploads.test.ts)', async () => {
    const camera = await online('camera');
    const lock = await online('lock');
    const body = Buffer.from('not really an mp4, but bytes all the same');
    const sha = createHash('sha256').update(body).digest('hex');
    const put = (token: string | undefined, hash = sha) =>
      app.inject({
        method: 'PUT',
        url: `/v1/device-uploads/clips/${hash}`,
        headers: { 'content-type': 'video/mp4', ...(token ? { authorization: `Device ${token}` } : {}) },
        payload: body,
      });
    expectProblem(await put(undefined), 401, 'unauthenticated');
    expectProblem(await put(camera.token(T0 - 60 * 60_000)), 401, 'unauthenticated');
    expectProblem(await put(lock.token(T0)), 403, 'forbidden');
    expectProblem(await put(camera.token(T0)), 403, 'device-not-paired');
    expect(await createClipStore({ dataDir }).has(sha)).toBe(false);
  });
});
