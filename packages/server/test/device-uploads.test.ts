import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderClip } from '@threshold/devices';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createClipStore } from '../src/clips/clip-store.js';
import type { Gateway } from '../src/gateway/gateway.js';
import { systemClock } from '../src/ports.js';
import { UPLOAD_LIMITS } from '../src/services/devices-uploads.js';
import { aHome, call, customer, expectProblem, testApp } from './support/app.js';
import { startTestGateway } from './support/gateway.js';
import { RawDevice, until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';

// Every upload is expected (DESIGN.md "Trust rules"): only a paired camera, for a session the platform asked it to
// record, within size and rate bounds; what it uploads is checked to be an MP4 with a video track.

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describeEachDialect('device uploads: expected, bounded, checked', (getStore) => {
  let gateway: Gateway;
  let app: FastifyInstance;
  let mp4: Uint8Array;
  const dataDir = mkdtempSync(join(tmpdir(), 'threshold-uploads-'));
  const devices: RawDevice[] = [];

  beforeAll(async () => {
    const store = getStore();
    gateway = await startTestGateway(store);
    ({ app } = await testApp(store, { gateway, clips: createClipStore({ dataDir }), clock: systemClock }));
    const clip = await renderClip({ deviceId: 'cam-test', startedAt: Date.now(), durationMs: 1500 });
    if (!clip.ok) throw new Error('ffmpeg could not render a clip');
    mp4 = clip.value.bytes;
  });

  afterAll(async () => {
    await Promise.allSettled(devices.map((d) => d.close()));
    await app?.close();
    await gateway?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function camera(): Promise<RawDevice> {
    const device = new RawDevice('camera');
    devices.push(device);
    await device.connect(`mqtt://127.0.0.1:${gateway.brokerPort}`);
    await until(async () => {
      const row = await getStore()
        .db.selectFrom('devices')
        .select('last_seq')
        .where('id', '=', device.id)
        .executeTakeFirst();
      return Number(row?.last_seq) === device.seq;
    }, 'camera registered');
    return device;
  }

  async function pairedCamera(): Promise<RawDevice> {
    const device = await camera();
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
    return device;
  }

  const put = (device: RawDevice, body: Uint8Array, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'PUT',
      url: `/v1/device-uploads/clips/${sha(body)}`,
      headers: { authorization: `Device ${device.token()}`, 'content-type': 'video/mp4', ...headers },
      payload: Buffer.from(body),
    });

  const askToRecord = async (device: RawDevice, session: string) => {
    const sent = await gateway.sendCommand(device.id, 'record.start', { session });
    expect(sent.ok).toBe(true);
  };

  it('refuses cameras that were never paired: self-made identities store nothing', async () => {
    const strangers = await Promise.all(Array.from({ length: 10 }, () => camera()));
    for (const [i, device] of strangers.entries()) {
      const body = Buffer.alloc(64 * 1024, i);
      expectProblem(await put(device, body), 403, 'device-not-paired');
      expect(await createClipStore({ dataDir }).has(sha(body))).toBe(false);
    }
  });

  it('refuses a paired camera that was not asked to record, and a session it was not asked for', async () => {
    const device = await pairedCamera();
    expectProblem(await put(device, mp4), 409, 'upload-not-expected');
    await askToRecord(device, 'vis_asked');
    expectProblem(await put(device, mp4, { 'threshold-session': 'vis_other' }), 409, 'upload-not-expected');
    expect(await createClipStore({ dataDir }).has(sha(mp4))).toBe(false);
  });

  it('stores an expected MP4 once per session, verified; a retry is harmless; the session is then filled', async () => {
    const device = await pairedCamera();
    await askToRecord(device, 'vis_one');
    const first = await put(device, mp4, { 'threshold-session': 'vis_one' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ sha256: sha(mp4), bytes: mp4.length, verification: { ok: true, detail: null } });
    expect((await put(device, mp4, { 'threshold-session': 'vis_one' })).statusCode).toBe(200);
    const other = Buffer.concat([Buffer.from(mp4), Buffer.from('trailing')]);
    expectProblem(await put(device, other, { 'threshold-session': 'vis_one' }), 409, 'upload-not-expected');
    const row = await getStore()
      .db.selectFrom('expected_uploads')
      .selectAll()
      .where('device_id', '=', device.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ session: 'vis_one', sha256: sha(mp4), check_detail: null });
    expect(Number(row.media_duration_ms)).toBeGreaterThan(1000);
  });

  it('keeps bytes that are not an MP4, marked as failing the check (never a verified clip)', async () => {
    const device = await pairedCamera();
    await askToRecord(device, 'vis_text');
    const text = Buffer.from('x'.repeat(142));
    const res = await put(device, text);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ verification: { ok: false, detail: expect.stringMatching(/not an MP4/) } });
  });

  it('bounds the size and the rate of uploads per camera', async () => {
    const device = await pairedCamera();
    await askToRecord(device, 'vis_big');
    const big = await app.inject({
      method: 'PUT',
      url: `/v1/device-uploads/clips/${'a'.repeat(64)}`,
      headers: {
        authorization: `Device ${device.token()}`,
        'content-type': 'video/mp4',
        'content-length': String(UPLOAD_LIMITS.maxBytes + 1),
      },
      payload: Buffer.alloc(16),
    });
    expect(big.statusCode).toBe(413);
    const answers: number[] = [];
    for (let i = 0; i < UPLOAD_LIMITS.perWindow + 2; i++)
      answers.push((await put(device, Buffer.from(`n${i}`))).statusCode);
    const limited = answers.filter((s) => s === 429).length;
    expect(limited).toBeGreaterThanOrEqual(2);
    const last = await put(device, Buffer.from('again'));
    expectProblem(last, 429, 'upload-rate-limited');
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
  });
});
