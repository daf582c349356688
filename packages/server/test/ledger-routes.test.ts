import { createHash } from 'node:crypto';
import { verifyConsistency } from '@threshold/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isoAt } from '../src/ports.js';
import { checkpointHome } from '../src/services/ledger.js';
import { keyFingerprint, platformKeyLines } from '../src/services/platform-keys.js';
import { withTransaction } from '../src/store/db.js';
import { appendLedger } from '../src/store/ledger-repo.js';
import { bearer, expectProblem, T0, type TestApp, testApp } from './support/app.js';
import { describeEachDialect } from './support/stores.js';
import { type World, world } from './support/world.js';

// The routes a verifier uses besides the bundle (docs/ledger.md §6–§9): checkpoint history in the API's pages, the
// consistency proof between two sizes, the ledger's own pages, and the key fingerprint `npm start` prints.

describeEachDialect('ledger routes for verifiers', (getStore) => {
  let t: TestApp;
  let w: World;
  const get = (url: string, token = w.a.token) => t.app.inject({ method: 'GET', url, headers: bearer(token) });

  async function append(n: number) {
    for (let i = 0; i < n; i++) {
      await withTransaction(getStore().db, (tx) =>
        appendLedger(tx, { homeId: w.a.homeId, at: isoAt(T0), kind: 'test.fact', subject: 's', data: { i } }),
      );
    }
  }

  beforeAll(async () => {
    t = await testApp(getStore());
    w = await world(t.app);
    for (const n of [3, 2, 4]) {
      await append(n);
      const cp = await checkpointHome(t.app.services, w.a.homeId);
      if (!cp.ok) throw new Error(cp.error.detail);
    }
  });
  afterAll(() => t.app.close());

  it('pages the checkpoints oldest first with limit, after and nextCursor', async () => {
    const first = await get(`/v1/homes/${w.a.homeId}/ledger/checkpoints?limit=2`);
    expect(first.statusCode).toBe(200);
    const page = first.json();
    expect(page.items.map((c: { treeSize: number }) => c.treeSize)).toEqual([3, 5]);
    expect(typeof page.nextCursor).toBe('string');
    const rest = (await get(`/v1/homes/${w.a.homeId}/ledger/checkpoints?after=${page.nextCursor}`)).json();
    expect(rest).toMatchObject({ items: [{ treeSize: 9 }], nextCursor: null });
    expectProblem(await get(`/v1/homes/${w.a.homeId}/ledger/checkpoints`, w.b.token), 404, 'not-found');
  });

  it('proves each checkpoint consistent with the later ones, and refuses sizes that do not exist', async () => {
    const cps = (await get(`/v1/homes/${w.a.homeId}/ledger/checkpoints`)).json().items;
    for (const [old, now] of [
      [cps[0], cps[1]],
      [cps[0], cps[2]],
      [cps[1], cps[2]],
    ]) {
      const res = await get(`/v1/homes/${w.a.homeId}/ledger/consistency?from=${old.treeSize}&to=${now.treeSize}`);
      expect(res.statusCode).toBe(200);
      const { fromSize, toSize, proof } = res.json();
      expect([fromSize, toSize]).toEqual([old.treeSize, now.treeSize]);
      expect(verifyConsistency(fromSize, toSize, old.rootHash, now.rootHash, proof)).toBe(true);
      expect(verifyConsistency(fromSize, toSize, now.rootHash, now.rootHash, proof)).toBe(false);
    }
    expectProblem(await get(`/v1/homes/${w.a.homeId}/ledger/consistency?from=5&to=3`), 400, 'validation');
    expectProblem(await get(`/v1/homes/${w.a.homeId}/ledger/consistency?from=3&to=99`), 404, 'not-found');
    expectProblem(await get(`/v1/homes/${w.a.homeId}/ledger/consistency?from=0&to=3`, w.b.token), 404, 'not-found');
  });

  it('pages the ledger with after and nextCursor, and still answers afterSeq with nextAfterSeq', async () => {
    const first = (await get(`/v1/homes/${w.a.homeId}/ledger?limit=4`)).json();
    expect(first.items.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(first).toMatchObject({ nextCursor: '4', nextAfterSeq: 4 });
    const next = (await get(`/v1/homes/${w.a.homeId}/ledger?limit=4&after=${first.nextCursor}`)).json();
    const legacy = (await get(`/v1/homes/${w.a.homeId}/ledger?limit=4&afterSeq=4`)).json();
    expect(next.items.map((e: { seq: number }) => e.seq)).toEqual([5, 6, 7, 8]);
    expect(legacy).toEqual(next);
    const last = (await get(`/v1/homes/${w.a.homeId}/ledger?after=8`)).json();
    expect(last).toMatchObject({ items: [{ seq: 9 }], nextCursor: null, nextAfterSeq: null });
  });

  it('prints each platform key with its fingerprint: SHA-256 of the raw key, hex', async () => {
    const { keys } = (await t.app.inject({ method: 'GET', url: '/v1/platform/keys' })).json();
    const raw = Buffer.from(keys[0].publicKey, 'base64url');
    expect(raw).toHaveLength(32);
    const expected = createHash('sha256').update(raw).digest('hex');
    expect(keyFingerprint(keys[0].publicKey)).toBe(expected);
    const lines = await platformKeyLines(getStore().db, { clock: t.clock, ids: { id: (p: string) => `${p}_x` } });
    expect(lines).toContain(`Platform key ${keys[0].kid}: ${keys[0].publicKey}  sha256 fingerprint ${expected}`);
  });
});
