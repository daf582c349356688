import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyBundle } from '@threshold/core';
import { verifyBytes } from '@threshold/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClipStore } from '../src/clips/clip-store.js';
import { parseRange } from '../src/http/routes/clips.js';
import { isoAt } from '../src/ports.js';
import { grantStaff } from '../src/services/staff.js';
import { listLedger } from '../src/store/ledger-repo.js';
import { bearer, customer, expectProblem, T0, type TestApp, testApp } from './support/app.js';
import { seedVisit } from './support/ledger-rows.js';
import { describeEachDialect } from './support/stores.js';
import { type World, world } from './support/world.js';

const body = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));
const sha256 = createHash('sha256').update(body).digest('hex');

describeEachDialect('clip serving and the evidence of a visit', (getStore) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'threshold-clips-'));
  let t: TestApp;
  let w: World;
  let clipId: string;
  let visitId: string;
  const get = (token: string, url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers: { ...bearer(token), ...headers } });

  beforeAll(async () => {
    const clips = createClipStore({ dataDir });
    await clips.put(sha256, body);
    t = await testApp(getStore(), { clips });
    w = await world(t.app);
    ({ clipId, visitId } = await seedVisit(getStore(), {
      homeId: w.a.homeId,
      accessPointId: w.a.accessPointId,
      sha256,
      bytes: body.length,
    }));
  });
  afterAll(async () => {
    await t.app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the whole clip and exact byte ranges', async () => {
    const whole = await get(w.a.token, `/v1/clips/${clipId}`);
    expect(whole.statusCode).toBe(200);
    expect(whole.headers).toMatchObject({
      'content-type': 'video/mp4',
      'accept-ranges': 'bytes',
      etag: `"${sha256}"`,
      'content-length': '1000',
    });
    expect(whole.rawPayload.equals(body)).toBe(true);
    const cases: [string, number, number][] = [
      ['bytes=0-0', 0, 0],
      ['bytes=10-19', 10, 19],
      ['bytes=990-', 990, 999],
      ['bytes=-5', 995, 999],
      ['bytes=900-5000', 900, 999],
      ['bytes=-5000', 0, 999],
    ];
    for (const [range, start, end] of cases) {
      const part = await get(w.a.token, `/v1/clips/${clipId}`, { range });
      expect([range, part.statusCode, part.headers['content-range'], part.headers['content-length']]).toEqual([
        range,
        206,
        `bytes ${start}-${end}/1000`,
        String(end - start + 1),
      ]);
      expect(part.rawPayload.equals(body.subarray(start, end + 1))).toBe(true);
    }
  });

  it('answers 416 for a range past the end, and ignores ranges it does not serve', async () => {
    for (const range of ['bytes=1000-', 'bytes=5000-6000', 'bytes=-0']) {
      const res = await get(w.a.token, `/v1/clips/${clipId}`, { range });
      expectProblem(res, 416, 'range-not-satisfiable');
      expect(res.headers['content-range']).toBe('bytes */1000');
    }
    for (const range of ['bytes=0-1,5-6', 'items=0-1', 'bytes=9-2']) {
      const res = await get(w.a.token, `/v1/clips/${clipId}`, { range });
      expect([range, res.statusCode, res.rawPayload.length]).toEqual([range, 200, 1000]);
    }
  });

  it('logs a look at the clip on the home ledger once per viewer and window; staff and old operators see nothing', async () => {
    const viewed = async () =>
      (await listLedger(getStore().db, w.a.homeId, { limit: 500 })).filter((e) => e.kind === 'clip.viewed');
    const before = (await viewed()).length;
    await get(w.a.token, `/v1/clips/${clipId}`, { range: 'bytes=0-1' });
    expect((await viewed()).length).toBe(before);
    t.clock.advance(11 * 60_000);
    await get(w.a.token, `/v1/clips/${clipId}`, { range: 'bytes=0-1' });
    // Platform staff (granted on the server) with no claim assigned and no consent, and a member of an old
    // self-made `operator` organisation: neither may watch (services/ledger-access.ts, staffHomeAccess). Staff are
    // told why (and the refusal is a ledger fact); the operator is told the clip does not exist.
    const staff = await customer(t.app, 'support');
    expect((await grantStaff({ db: getStore().db, clock: t.clock }, staff.email, 'admin')).ok).toBe(true);
    const operator = await customer(t.app, 'operator');
    const at = isoAt(T0);
    await getStore()
      .db.insertInto('organisations')
      .values({ id: `org_op${operator.userId}`, name: 'Support', kind: 'retired_operator', created_at: at })
      .execute();
    await getStore()
      .db.insertInto('memberships')
      .values({ organisation_id: `org_op${operator.userId}`, user_id: operator.userId, role: 'member', created_at: at })
      .execute();
    expectProblem(await get(staff.token, `/v1/clips/${clipId}`, { range: 'bytes=0-1' }), 403, 'purpose-required');
    expectProblem(await get(operator.token, `/v1/clips/${clipId}`, { range: 'bytes=0-1' }), 404, 'not-found');
    const refused = (await listLedger(getStore().db, w.a.homeId, { limit: 500 })).filter(
      (e) => e.kind === 'clip.view_refused',
    );
    expect(refused.map((e) => (e.data.viewer as { userId: string }).userId)).toEqual([staff.userId]);
    const views = await viewed();
    expect(views.length).toBe(before + 1);
    expect(views.at(-1)!.data.viewer).toEqual({ userId: w.a.userId, as: 'member' });
    const entries = await t.app.inject({
      method: 'GET',
      url: `/v1/homes/${w.a.homeId}/ledger?limit=500`,
      headers: bearer(w.a.token),
    });
    expect(entries.json().items.filter((e: { kind: string }) => e.kind === 'clip.viewed').length).toBe(before + 1);
  });

  it('hides the clip from another tenant and from a caller with no session', async () => {
    expectProblem(await get(w.b.token, `/v1/clips/${clipId}`), 404, 'not-found');
    expectProblem(await t.app.inject({ method: 'GET', url: `/v1/clips/${clipId}` }), 401, 'unauthenticated');
    expectProblem(await get(w.a.token, '/v1/clips/clip_unknown'), 404, 'not-found');
  });

  it('exports evidence over HTTP that verifies offline with the published keys, and checks the ledger', async () => {
    const res = await get(w.a.token, `/v1/visits/${visitId}/evidence`);
    expect(res.statusCode).toBe(200);
    const bundle = res.json();
    expect(bundle.clips).toEqual([{ id: clipId, sha256 }]);
    const keys = (await t.app.inject({ method: 'GET', url: '/v1/platform/keys' })).json().keys as {
      kid: string;
      publicKey: string;
    }[];
    const verify = (kid: string, payload: string, sig: string) =>
      verifyBytes(keys.find((k) => k.kid === kid)!.publicKey, payload, sig);
    expect(verifyBundle(bundle, verify)).toEqual({ ok: true });
    const latest = await get(w.a.token, `/v1/homes/${w.a.homeId}/ledger/checkpoints/latest`);
    expect(latest.json()).toEqual(bundle.checkpoint);
    const verified = await get(w.a.token, `/v1/homes/${w.a.homeId}/ledger/verify`);
    expect(verified.json()).toMatchObject({ ok: true, size: bundle.checkpoint.treeSize });
    expectProblem(await get(w.b.token, `/v1/visits/${visitId}/evidence`), 404, 'not-found');
    expectProblem(await get(w.b.token, `/v1/homes/${w.b.homeId}/ledger/checkpoints/latest`), 404, 'not-found');
  });
});

describe('Range parsing (RFC 9110 §14.1.2)', () => {
  it('reads one range and refuses what cannot be satisfied', () => {
    expect(parseRange(undefined, 10)).toEqual({ kind: 'whole' });
    expect(parseRange('bytes=2-4', 10)).toEqual({ kind: 'part', start: 2, end: 4 });
    expect(parseRange('bytes=-3', 10)).toEqual({ kind: 'part', start: 7, end: 9 });
    expect(parseRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=-', 10)).toEqual({ kind: 'whole' });
  });
});
