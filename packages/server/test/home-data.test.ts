import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { type Checkpoint, type LedgerEntry, verifyChain, verifyCheckpoint } from '@threshold/core';
import { verifyBytes } from '@threshold/protocol';
import { extract } from 'tar-stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ClipStore, createClipStore } from '../src/clips/clip-store.js';
import { isoAt, randomIds } from '../src/ports.js';
import { verifyHomeLedger } from '../src/services/ledger.js';
import { loadPlatformKeys } from '../src/services/platform-keys.js';
import { RETENTION_JOB, retentionJobHandlers } from '../src/services/retention.js';
import type { Store } from '../src/store/db.js';
import { findCheckpoint, listLedger } from '../src/store/ledger-repo.js';
import { bearer, expectProblem, T0, type TestApp, testApp } from './support/app.js';
import { seedVisit } from './support/ledger-rows.js';
import { describeEachDialect } from './support/stores.js';
import { type World, world } from './support/world.js';

const DAY = 24 * 60 * 60_000;
const bodyOf = (n: number) => Buffer.from(Array.from({ length: 500 + n }, (_, i) => (i * (n + 3)) % 251));
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function openClaim(store: Store, homeId: string, visitId: string, state: string): Promise<void> {
  const at = isoAt(T0);
  await store.db
    .insertInto('claims')
    .values({
      id: `claim_${randomIds.id('t')}`,
      home_id: homeId,
      visit_id: visitId,
      organisation_id: null,
      opened_by: 'usr_x',
      kind: 'damaged',
      description: 'Box crushed',
      state,
      assignee_id: null,
      assigned_at: null,
      access_until: null,
      resolution: null,
      evidence_from_seq: 1,
      evidence_to_seq: 1,
      evidence_head_hash: '0'.repeat(64),
      evidence_entries: 1,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

async function untar(gz: Buffer): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const ex = extract();
  Readable.from([gz]).pipe(createGunzip()).pipe(ex);
  for await (const entry of ex) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    files.set(entry.header.name, Buffer.concat(chunks));
  }
  return files;
}

describeEachDialect('retention, export and deletion of a home', (getStore) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'threshold-home-data-'));
  let clips: ClipStore;
  let t: TestApp;
  let w: World;
  // plain: no claim; held: under an open claim; settled: its claim is closed.
  const seeded: Record<'plain' | 'held' | 'settled', { visitId: string; clipId: string; sha256: string }> = {} as never;
  const get = (token: string, url: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
  const runRetention = () =>
    retentionJobHandlers({ db: getStore().db, clock: t.clock, ids: randomIds, clips })[RETENTION_JOB]!(
      null,
      {} as never,
    );

  beforeAll(async () => {
    clips = createClipStore({ dataDir });
    t = await testApp(getStore(), { clips });
    w = await world(t.app);
    for (const [n, name] of (['plain', 'held', 'settled'] as const).entries()) {
      const body = bodyOf(n);
      await clips.put(sha(body), body);
      const visit = await seedVisit(getStore(), {
        homeId: w.a.homeId,
        accessPointId: w.a.accessPointId,
        sha256: sha(body),
        bytes: body.length,
      });
      seeded[name] = { visitId: visit.visitId, clipId: visit.clipId, sha256: sha(body) };
      // Enough of a finished visit for GET /v1/visits/{id} to present it.
      const data = JSON.stringify({ state: 'completed', marks: { unverified: false, alerts: [] } });
      await getStore().db.updateTable('visits').set({ data }).where('id', '=', visit.visitId).execute();
    }
    await openClaim(getStore(), w.a.homeId, seeded.held.visitId, 'in_review');
    await openClaim(getStore(), w.a.homeId, seeded.settled.visitId, 'closed');
  });
  afterAll(async () => {
    await t.app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('deletes clip files past the home retention, keeps their hash on the ledger, and keeps a clip under an open claim', async () => {
    const url = `/v1/homes/${w.a.homeId}/retention`;
    expect((await get(w.a.token, url)).json()).toEqual({ clipDays: 30 });
    const put = await t.app.inject({ method: 'PUT', url, headers: bearer(w.a.token), payload: { clipDays: 7 } });
    expect([put.statusCode, put.json()]).toEqual([200, { clipDays: 7 }]);
    const set = (await listLedger(getStore().db, w.a.homeId, { limit: 500 })).filter(
      (e) => e.kind === 'home.retention_set',
    );
    expect(set.map((e) => e.data)).toEqual([{ clipDays: 7, by: w.a.userId }]);

    t.clock.advance(6 * DAY);
    await runRetention();
    for (const s of Object.values(seeded)) expect(await clips.has(s.sha256)).toBe(true);

    t.clock.advance(2 * DAY);
    await runRetention();
    expect(await clips.has(seeded.plain.sha256)).toBe(false);
    expect(await clips.has(seeded.settled.sha256)).toBe(false);
    expect(await clips.has(seeded.held.sha256)).toBe(true);

    const expired = (await listLedger(getStore().db, w.a.homeId, { limit: 500 })).filter(
      (e) => e.kind === 'clip.expired',
    );
    expect(expired.map((e) => [e.subject, e.data.sha256, e.data.retentionDays]).sort()).toEqual(
      [
        [seeded.plain.clipId, seeded.plain.sha256, 7],
        [seeded.settled.clipId, seeded.settled.sha256, 7],
      ].sort(),
    );
    expect(await verifyHomeLedger(getStore().db, w.a.homeId)).toMatchObject({ ok: true });
    expect((await get(w.a.token, `/v1/homes/${w.a.homeId}/ledger/verify`)).json()).toMatchObject({ ok: true });

    const detail = (await get(w.a.token, `/v1/visits/${seeded.plain.visitId}`)).json() as {
      clips: { id: string; sha256: string; expired: boolean; expiredAt: string | null }[];
    };
    expect(detail.clips).toEqual([
      expect.objectContaining({
        id: seeded.plain.clipId,
        sha256: seeded.plain.sha256,
        expired: true,
        expiredAt: isoAt(t.clock.now()),
      }),
    ]);
    const kept = (await get(w.a.token, `/v1/visits/${seeded.held.visitId}`)).json() as typeof detail;
    expect(kept.clips[0]).toMatchObject({ expired: false, expiredAt: null });

    expectProblem(await get(w.a.token, `/v1/clips/${seeded.plain.clipId}`), 410, 'clip-expired');
    expect((await get(w.a.token, `/v1/clips/${seeded.held.clipId}`)).statusCode).toBe(200);

    // A second round finds nothing new; the job put its next round on the calendar.
    await runRetention();
    const again = (await listLedger(getStore().db, w.a.homeId, { limit: 500 })).filter(
      (e) => e.kind === 'clip.expired',
    );
    expect(again).toHaveLength(2);
    const next = await getStore().db.selectFrom('jobs').select('run_at').where('key', '=', RETENTION_JOB).execute();
    expect(next).toEqual([{ run_at: isoAt(t.clock.now() + 60 * 60_000) }]);
  });

  it('exports the home as a tar.gz whose manifest hashes every file and carries a checkpoint over the ledger', async () => {
    expectProblem(await get(w.b.token, `/v1/homes/${w.a.homeId}/export`), 404, 'not-found');
    const res = await get(w.a.token, `/v1/homes/${w.a.homeId}/export`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/gzip');
    expect(res.headers['content-disposition']).toContain(`threshold-${w.a.homeId}.tar.gz`);
    const files = await untar(res.rawPayload);
    const manifest = JSON.parse(files.get('manifest.json')!.toString()) as {
      homeId: string;
      checkpoint: Checkpoint;
      files: { path: string; sha256: string; bytes: number }[];
    };
    expect(manifest.homeId).toBe(w.a.homeId);
    const paths = manifest.files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'home.json',
        'visits.json',
        'deliveries.json',
        'grants.json',
        'claims.json',
        'alerts.json',
        'clips.json',
        'ledger/entries.json',
        'ledger/checkpoints.json',
        `clips/${seeded.held.clipId}.mp4`,
      ]),
    );
    expect(paths).not.toContain(`clips/${seeded.plain.clipId}.mp4`);
    expect([...files.keys()].sort()).toEqual([...paths, 'manifest.json'].sort());
    for (const f of manifest.files) {
      expect([f.path, sha(files.get(f.path)!), files.get(f.path)!.length]).toEqual([f.path, f.sha256, f.bytes]);
    }
    expect(sha(files.get(`clips/${seeded.held.clipId}.mp4`)!)).toBe(seeded.held.sha256);

    const { publicKeys } = (await loadPlatformKeys(getStore().db))!;
    const verify = (kid: string, payload: string, sig: string) =>
      verifyBytes(publicKeys.find((k) => k.kid === kid)!.publicKey, payload, sig);
    expect(verifyCheckpoint(manifest.checkpoint, verify)).toEqual({ ok: true });
    const entries = JSON.parse(files.get('ledger/entries.json')!.toString()) as LedgerEntry[];
    const { treeSize, headHash } = manifest.checkpoint;
    expect(verifyChain(entries, { expectedHead: { seq: treeSize, hash: headHash } })).toMatchObject({ ok: true });
    const home = JSON.parse(files.get('home.json')!.toString()) as { home: { id: string }; members: unknown[] };
    expect(home.home.id).toBe(w.a.homeId);
    expect(home.members).toHaveLength(1);
    expect(JSON.parse(files.get('claims.json')!.toString()).claims).toHaveLength(2);
  });

  it('deletes the home: personal data gone, ledger verifies, a final checkpoint, and 404 everywhere', async () => {
    const db = getStore().db;
    const homeId = w.a.homeId;
    const name = ((await get(w.a.token, `/v1/homes/${homeId}`)).json() as { name: string }).name;
    await db
      .insertInto('deliveries')
      .values({
        id: `del_${randomIds.id('t')}`,
        organisation_id: w.a.organisationId,
        home_id: homeId,
        access_point_id: w.a.accessPointId,
        external_id: 'ext-1',
        window_start: isoAt(T0),
        window_end: isoAt(T0 + 3_600_000),
        method: 'in_home',
        method_reasons: '[]',
        courier_id: null,
        status: 'booked',
        created_at: isoAt(T0),
        updated_at: isoAt(T0),
      })
      .execute();
    // A visit timer goes with its visit.
    await db
      .insertInto('jobs')
      .values({
        id: `job_${randomIds.id('t')}`,
        key: `visit:${seeded.held.visitId}:relock_due`,
        kind: 'visit.relock_due',
        payload: 'null',
        run_at: isoAt(T0 + 365 * DAY),
        locked_by: null,
        locked_until: null,
        last_error: null,
        created_at: isoAt(T0),
      })
      .execute();
    const del = (confirm: string) =>
      t.app.inject({ method: 'DELETE', url: `/v1/homes/${homeId}`, headers: bearer(w.a.token), payload: { confirm } });
    expectProblem(await del(name.toUpperCase()), 400, 'validation');
    expect((await get(w.a.token, `/v1/homes/${homeId}`)).statusCode).toBe(200);

    const res = await del(name);
    expect(res.statusCode).toBe(200);
    const { checkpoint } = res.json() as { checkpoint: Checkpoint };

    const rows = async (table: 'home_members' | 'access_points' | 'visits' | 'clips' | 'claims' | 'preferences') =>
      db.selectFrom(table).select('home_id').where('home_id', '=', homeId).execute();
    for (const table of ['home_members', 'access_points', 'visits', 'clips', 'claims', 'preferences'] as const) {
      expect([table, await rows(table)]).toEqual([table, []]);
    }
    expect(
      await db.selectFrom('jobs').select('id').where('key', 'like', `visit:${seeded.held.visitId}:%`).execute(),
    ).toEqual([]);
    const tomb = await db.selectFrom('homes').selectAll().where('id', '=', homeId).executeTakeFirstOrThrow();
    expect(tomb).toMatchObject({ name: '', address_line1: '', city: '', postal_code: '', lat: 0, lon: 0 });
    expect(tomb.deleted_at).not.toBeNull();
    const deliveries = await db.selectFrom('deliveries').selectAll().where('home_id', '=', homeId).execute();
    expect(deliveries.map((d) => [d.access_point_id, d.status])).toEqual([[null, 'cancelled']]);
    expect(await clips.has(seeded.held.sha256)).toBe(false);

    expect(await verifyHomeLedger(db, homeId)).toMatchObject({ ok: true, size: checkpoint.treeSize });
    expect(await findCheckpoint(db, homeId)).toEqual(checkpoint);
    const last = (await listLedger(db, homeId, { limit: 500 })).at(-1)!;
    expect([last.seq, last.kind, last.hash]).toEqual([checkpoint.treeSize, 'home.deleted', checkpoint.headHash]);
    // The clip still stored when the home was deleted is recorded as expired too.
    const expiredHeld = (await listLedger(db, homeId, { limit: 500 })).find(
      (e) => e.kind === 'clip.expired' && e.subject === seeded.held.clipId,
    );
    expect(expiredHeld?.data).toEqual({ sha256: seeded.held.sha256, homeDeleted: true });

    for (const url of [
      `/v1/homes/${homeId}`,
      `/v1/homes/${homeId}/ledger`,
      `/v1/homes/${homeId}/retention`,
      `/v1/homes/${homeId}/export`,
      `/v1/visits/${seeded.held.visitId}`,
      `/v1/clips/${seeded.held.clipId}`,
    ]) {
      expectProblem(await get(w.a.token, url), 404, 'not-found');
    }
    expectProblem(await del(name), 404, 'not-found');
    const mine = (await get(w.a.token, '/v1/homes')).json() as { items: { id: string }[] };
    expect(mine.items.map((h) => h.id)).not.toContain(homeId);
  });
});
