import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderClip } from '@threshold/devices';
import { type ClipData, generateKeyPair, signEvent } from '@threshold/protocol';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Bus } from '../src/bus.js';
import { type ClipStore, createClipStore } from '../src/clips/clip-store.js';
import { CLOCK_SKEW_BOUND_MS } from '../src/gateway/health.js';
import { silentLog } from '../src/gateway/log.js';
import { isoAt, randomIds, systemClock } from '../src/ports.js';
import { storeClip } from '../src/services/visits/clip-event.js';
import type { VisitDeps } from '../src/services/visits/deps.js';
import { markSkewedDoorEvent } from '../src/services/visits/device-time.js';
import { listLedger } from '../src/store/ledger-repo.js';
import { bearer, expectProblem, type TestApp, testApp } from './support/app.js';
import { seedVisit } from './support/ledger-rows.js';
import { describeEachDialect } from './support/stores.js';
import { type World, world } from './support/world.js';

// A clip is evidence only when it is what the camera claims (DESIGN.md "Every upload is expected"), and device time
// is evidence, not authority ("Device time is evidence"): both leave a mark on the visit when they fail.

const CAMERA = 'cam-aaaaaaaaaaaaaaaaaaaaaaaaaa';
const LOCK = 'lk-aaaaaaaaaaaaaaaaaaaaaaaaaa';

describeEachDialect('evidence: clip verification and device time on a visit', (getStore) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'threshold-evidence-'));
  let t: TestApp;
  let w: World;
  let deps: VisitDeps;
  let clips: ClipStore;
  let mp4: { bytes: Uint8Array; sha256: string; durationMs: number };

  beforeAll(async () => {
    clips = createClipStore({ dataDir });
    t = await testApp(getStore(), { clips, clock: systemClock });
    w = await world(t.app);
    const store = getStore();
    deps = {
      db: store.db,
      clock: systemClock,
      ids: randomIds,
      bus: new Bus(),
      log: silentLog,
      gateway: { sendCommand: async () => ({ ok: false, error: 'offline' }), keys: () => ({}) as never },
    };
    const rendered = await renderClip({ deviceId: CAMERA, startedAt: Date.now(), durationMs: 1500 });
    if (!rendered.ok) throw new Error('ffmpeg could not render a clip');
    mp4 = rendered.value;
    await clips.put(mp4.sha256, Buffer.from(mp4.bytes));
  });
  afterAll(async () => {
    await t.app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A visit of tenant A and the expected upload of its session, as the gateway and upload route leave them. */
  async function visitWithUpload(upload: { sha256: string; checkDetail: string | null; mediaMs: number | null }) {
    const { visitId } = await seedVisit(getStore(), { homeId: w.a.homeId, accessPointId: w.a.accessPointId });
    const now = Date.now();
    await getStore()
      .db.insertInto('expected_uploads')
      .values({
        id: randomIds.id('upl'),
        device_id: CAMERA,
        session: visitId,
        command_id: randomIds.id('cmd'),
        created_at: isoAt(now - 60_000),
        expires_at: isoAt(now + 60_000),
        sha256: upload.sha256,
        bytes: 10,
        uploaded_at: isoAt(now),
        check_detail: upload.checkDetail,
        media_duration_ms: upload.mediaMs,
      })
      .execute();
    return visitId;
  }

  const clipEvent = (session: string, sha256: string, durationMs = 1500): ClipData => ({
    session,
    sha256,
    bytes: 10,
    durationMs,
    startedAt: Date.now() - durationMs,
    endedAt: Date.now(),
    contentType: 'video/mp4',
  });

  async function clipOf(visitId: string) {
    const clip = await getStore()
      .db.selectFrom('clips')
      .selectAll()
      .where('visit_id', '=', visitId)
      .where('device_id', '=', CAMERA)
      .executeTakeFirstOrThrow();
    const check = await getStore()
      .db.selectFrom('clip_checks')
      .selectAll()
      .where('clip_id', '=', clip.id)
      .executeTakeFirstOrThrow();
    const alerts = await getStore().db.selectFrom('alerts').selectAll().where('visit_id', '=', visitId).execute();
    return { clip, check, alerts };
  }

  it('serves a verified clip as video/mp4, and leaves no mark', async () => {
    const visitId = await visitWithUpload({ sha256: mp4.sha256, checkDetail: null, mediaMs: mp4.durationMs });
    await storeClip(deps, CAMERA, clipEvent(visitId, mp4.sha256, mp4.durationMs));
    const { clip, check, alerts } = await clipOf(visitId);
    expect(check).toMatchObject({ ok: 1, detail: null });
    expect(alerts).toEqual([]);
    const res = await t.app.inject({ method: 'GET', url: `/v1/clips/${clip.id}`, headers: bearer(w.a.token) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('video/mp4');
  });

  it('marks the visit when the upload was not an MP4, and never serves it as video', async () => {
    const text = Buffer.from('x'.repeat(142));
    const textSha = createHash('sha256').update(text).digest('hex');
    await clips.put(textSha, text);
    const detail = 'not an MP4 file: a box overruns the file';
    const visitId = await visitWithUpload({ sha256: textSha, checkDetail: detail, mediaMs: null });
    await storeClip(deps, CAMERA, clipEvent(visitId, textSha));
    const { clip, check, alerts } = await clipOf(visitId);
    expect(check).toMatchObject({ ok: 0, detail });
    expect(alerts).toMatchObject([{ kind: 'clip_unverified', message: `The clip failed verification: ${detail}` }]);
    const stored = (await listLedger(getStore().db, w.a.homeId, { limit: 500 })).find((e) => e.subject === clip.id);
    expect(stored?.data).toMatchObject({ verified: false, verificationFailure: detail });
    const res = await t.app.inject({ method: 'GET', url: `/v1/clips/${clip.id}`, headers: bearer(w.a.token) });
    expectProblem(res, 409, 'clip-unverified');
  });

  it('marks a clip whose length is not what the camera claims, or longer than the session', async () => {
    const claimed = await visitWithUpload({ sha256: mp4.sha256, checkDetail: null, mediaMs: 1500 });
    await storeClip(deps, CAMERA, clipEvent(claimed, mp4.sha256, 30_000));
    expect((await clipOf(claimed)).check.detail).toMatch(/the camera says 30000 ms/);
    const long = await visitWithUpload({ sha256: mp4.sha256, checkDetail: null, mediaMs: 600_000 });
    await storeClip(deps, CAMERA, clipEvent(long, mp4.sha256, 600_000));
    expect((await clipOf(long)).check.detail).toMatch(/longer than the .* since the recording was asked for/);
  });

  it('ignores a clip event for a session the platform never asked this camera to record', async () => {
    const { visitId } = await seedVisit(getStore(), { homeId: w.a.homeId, accessPointId: w.a.accessPointId });
    await storeClip(deps, CAMERA, clipEvent(visitId, mp4.sha256));
    const rows = await getStore()
      .db.selectFrom('clips')
      .select('id')
      .where('device_id', '=', CAMERA)
      .where('visit_id', '=', visitId)
      .execute();
    expect(rows).toEqual([]);
  });

  it('marks a door event whose device time is far from its receive time; one within the bound is no mark', async () => {
    const { visitId } = await seedVisit(getStore(), { homeId: w.a.homeId, accessPointId: w.a.accessPointId });
    const visit = await getStore()
      .db.selectFrom('visits')
      .selectAll()
      .where('id', '=', visitId)
      .executeTakeFirstOrThrow();
    const key = generateKeyPair().privateKey;
    const now = Date.now();
    const door = (ts: number, seq: number) =>
      signEvent({ device: LOCK, seq, ts, type: 'door' as const, data: { door: 'open' as const } }, key);
    await markSkewedDoorEvent(deps, LOCK, door(now - CLOCK_SKEW_BOUND_MS + 1000, 1), now, [visit]);
    expect(await getStore().db.selectFrom('alerts').select('id').where('visit_id', '=', visitId).execute()).toEqual([]);
    await markSkewedDoorEvent(deps, LOCK, door(now - 10 * 60_000, 2), now, [visit]);
    const alerts = await getStore().db.selectFrom('alerts').selectAll().where('visit_id', '=', visitId).execute();
    expect(alerts).toMatchObject([{ kind: 'device_time_skewed', message: expect.stringMatching(/10 minutes behind/) }]);
    const fact = (await listLedger(getStore().db, w.a.homeId, { limit: 500 })).find(
      (e) => e.subject === visitId && e.kind === 'visit.alert',
    );
    expect(fact?.data).toMatchObject({ alert: 'device_time_skewed', skewMs: -600_000, receivedAt: now });
  });
});
