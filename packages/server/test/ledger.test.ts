import { type LedgerEntry, verifyBundle, verifyChain, verifyCheckpoint, ZERO_HASH } from '@threshold/core';
import { verifyBytes } from '@threshold/protocol';
import { describe, expect, it } from 'vitest';
import { fixedClock, isoAt, sequentialIds } from '../src/ports.js';
import { checkpointHome, evidenceBundle, verifyHomeLedger } from '../src/services/ledger.js';
import { platformPublicKeys } from '../src/services/ledger-access.js';
import type { Store } from '../src/store/db.js';
import {
  appendLedger,
  appendLedgerMany,
  LedgerFactError,
  ledgerEntriesFor,
  listLedger,
  readLedgerRange,
} from '../src/store/ledger-repo.js';
import { seedVisit } from './support/ledger-rows.js';
import { describeEachDialect } from './support/stores.js';

const T0 = Date.parse('2026-11-25T09:00:00.000Z');
let homes = 0;
const freshHome = () => `home_ledger${++homes}`;
const fact = (homeId: string, n: number, subject: string | null = null) => ({
  homeId,
  at: isoAt(T0 + n * 1000),
  kind: 'test.fact',
  subject,
  data: { n },
});

async function seed(store: Store, homeId: string, count: number, subject: (n: number) => string | null = () => null) {
  for (let n = 1; n <= count; n++)
    await store.db.transaction().execute((tx) => appendLedger(tx, fact(homeId, n, subject(n))));
}

const verifier = async (store: Store) => {
  const keys = await platformPublicKeys(store.db);
  return (kid: string, payload: string, sig: string) =>
    verifyBytes(keys.find((k) => k.kid === kid)?.publicKey ?? '', payload, sig);
};

describeEachDialect('ledger store', (getStore) => {
  it('chains appends: seq from 1, each prevHash the hash before, readable by page, range and subject', async () => {
    const store = getStore();
    const homeId = freshHome();
    await seed(store, homeId, 5, (n) => (n % 2 ? 'visit_odd' : null));
    const all = await listLedger(store.db, homeId, { limit: 10 });
    expect(all.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(all[0]!.prevHash).toBe(ZERO_HASH);
    expect(all[3]!.prevHash).toBe(all[2]!.hash);
    expect(all[2]!.data).toEqual({ n: 3 });
    expect(verifyChain(all)).toEqual({ ok: true, head: { seq: 5, hash: all[4]!.hash } });
    expect((await listLedger(store.db, homeId, { afterSeq: 3, limit: 10 })).map((e) => e.seq)).toEqual([4, 5]);
    expect((await listLedger(store.db, homeId, { afterSeq: 1, limit: 2 })).map((e) => e.seq)).toEqual([2, 3]);
    expect((await readLedgerRange(store.db, homeId, 2, 4)).map((e) => e.seq)).toEqual([2, 3, 4]);
    expect((await ledgerEntriesFor(store.db, homeId, 'visit_odd')).map((e) => e.seq)).toEqual([1, 3, 5]);
    expect(await listLedger(store.db, freshHome(), { limit: 10 })).toEqual([]);
  });

  it('appends several facts in one go, per home, in the order given', async () => {
    const store = getStore();
    const [h1, h2] = [freshHome(), freshHome()];
    await seed(store, h1, 1);
    const entries = await store.db
      .transaction()
      .execute((tx) => appendLedgerMany(tx, [fact(h1, 2), fact(h2, 1), fact(h1, 3)]));
    expect(entries.map((e) => [e.homeId, e.seq])).toEqual([
      [h1, 2],
      [h2, 1],
      [h1, 3],
    ]);
    expect((await verifyHomeLedger(store.db, h1)).ok).toBe(true);
    expect(await verifyHomeLedger(store.db, h2)).toEqual({ ok: true, size: 1, head: entries[1]!.hash });
  });

  it('records nothing when the surrounding transaction rolls back', async () => {
    const store = getStore();
    const homeId = freshHome();
    await seed(store, homeId, 1);
    await expect(
      store.db.transaction().execute(async (tx) => {
        await appendLedger(tx, fact(homeId, 2));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await seed(store, homeId, 1);
    expect((await listLedger(store.db, homeId, { limit: 10 })).map((e) => e.seq)).toEqual([1, 2]);
    expect((await verifyHomeLedger(store.db, homeId)).ok).toBe(true);
  });

  it('refuses a fact with no canonical form', async () => {
    const store = getStore();
    const bad = { ...fact(freshHome(), 1), data: { price: 1.5 } };
    await expect(store.db.transaction().execute((tx) => appendLedger(tx, bad))).rejects.toBeInstanceOf(LedgerFactError);
  });

  it('keeps the chain whole under concurrent appends to one home', async () => {
    const store = getStore();
    const homeId = freshHome();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.db.transaction().execute((tx) => appendLedger(tx, fact(homeId, i)))),
    );
    const verified = await verifyHomeLedger(store.db, homeId);
    expect(verified.ok && verified.size).toBe(20);
  });
});

describeEachDialect('ledger verification and evidence', (getStore) => {
  const deps = (store: Store) => ({ db: store.db, clock: fixedClock(T0 + 3_600_000), ids: sequentialIds() });

  it('names an edited entry, a dropped entry and a rewritten tail', async () => {
    const store = getStore();
    const edited = freshHome();
    // More than two verification pages, appended 100 facts to a transaction: 1,200 commits one by one take longer
    // than the test's time on a loaded machine's PostgreSQL.
    for (let from = 1; from <= 1200; from += 100) {
      const facts = Array.from({ length: 100 }, (_, i) => fact(edited, from + i));
      await store.db.transaction().execute((tx) => appendLedgerMany(tx, facts));
    }
    expect(await verifyHomeLedger(store.db, edited)).toMatchObject({ ok: true, size: 1200 });
    await store.db
      .updateTable('ledger_entries')
      .set({ data: '{"n":999}' })
      .where('home_id', '=', edited)
      .where('seq', '=', 777)
      .execute();
    expect(await verifyHomeLedger(store.db, edited)).toEqual({
      ok: false,
      firstBad: { seq: 777, problem: 'hash_mismatch' },
    });

    const dropped = freshHome();
    await seed(store, dropped, 6);
    await store.db.deleteFrom('ledger_entries').where('home_id', '=', dropped).where('seq', '=', 4).execute();
    expect(await verifyHomeLedger(store.db, dropped)).toEqual({ ok: false, firstBad: { seq: 4, problem: 'gap' } });

    const tail = freshHome();
    await seed(store, tail, 6);
    await store.db.deleteFrom('ledger_entries').where('home_id', '=', tail).where('seq', '>=', 5).execute();
    expect(await verifyHomeLedger(store.db, tail)).toEqual({ ok: false, firstBad: { seq: 5, problem: 'gap' } });
  });

  const dataOf = async (store: Store, homeId: string, seq: number) =>
    (
      await store.db
        .selectFrom('ledger_entries')
        .select('data')
        .where('home_id', '=', homeId)
        .where('seq', '=', seq)
        .executeTakeFirstOrThrow()
    ).data;
  const setData = (store: Store, homeId: string, seq: number, data: string) =>
    store.db.updateTable('ledger_entries').set({ data }).where('home_id', '=', homeId).where('seq', '=', seq).execute();

  it('stores the canonical text its hash covers, which readers parse and verification hashes as it stands', async () => {
    const store = getStore();
    const homeId = freshHome();
    const data = { window: { to: '10:00', from: '09:00' }, n: -0, name: 'Zoë "🚪"', list: [2, 1] };
    const entry = await store.db.transaction().execute((tx) => appendLedger(tx, { ...fact(homeId, 1), data }));
    const text = '{"list":[2,1],"n":0,"name":"Zoë \\"🚪\\"","window":{"from":"09:00","to":"10:00"}}';
    expect(await dataOf(store, homeId, 1)).toBe(text);
    const [read] = await listLedger(store.db, homeId, { limit: 10 });
    expect(read).toEqual({ ...entry, data: JSON.parse(text) });
    expect(await verifyHomeLedger(store.db, homeId)).toEqual({ ok: true, size: 1, head: entry.hash });
  });

  it('verifies rows whose text is not canonical by their value, and finds a changed text among them', async () => {
    const store = getStore();
    const homeId = freshHome();
    for (let n = 1; n <= 4; n++)
      await store.db
        .transaction()
        .execute((tx) => appendLedger(tx, { ...fact(homeId, n), data: { n, tag: 'x', nested: { b: n, a: 1 } } }));
    // As rows were written before the store kept canonical text: JSON.stringify in the caller's key order, or spaced.
    await setData(store, homeId, 2, '{"n":2,"tag":"x","nested":{"b":2,"a":1}}');
    await setData(store, homeId, 3, '{ "tag": "x", "n": 3, "nested": { "a": 1, "b": 3 } }');
    expect(await verifyHomeLedger(store.db, homeId)).toMatchObject({ ok: true, size: 4 });
    const canonical = await dataOf(store, homeId, 4);
    expect(canonical).toBe('{"n":4,"nested":{"a":1,"b":4},"tag":"x"}');
    for (const [seq, changed] of [
      [4, canonical.replace('"b":4', '"b":5')],
      [4, canonical.replace('"tag":"x"', '"tag":"y"')],
      [4, canonical.slice(0, -1)],
      [4, `${canonical},"homeId":"${homeId}"`],
      [3, '{ "tag": "x", "n": 3, "nested": { "a": 1, "b": 4 } }'],
    ] as const) {
      const before = await dataOf(store, homeId, seq);
      await setData(store, homeId, seq, changed);
      expect(await verifyHomeLedger(store.db, homeId)).toEqual({
        ok: false,
        firstBad: { seq, problem: 'hash_mismatch' },
      });
      await setData(store, homeId, seq, before);
    }
    expect(await verifyHomeLedger(store.db, homeId)).toMatchObject({ ok: true, size: 4 });
  });

  it('signs a checkpoint that verifies with the published key, and catches a tail cut after it', async () => {
    const store = getStore();
    const homeId = freshHome();
    await seed(store, homeId, 7);
    const cp = await checkpointHome(deps(store), homeId);
    if (!cp.ok) throw new Error(cp.error.detail);
    const entries = await listLedger(store.db, homeId, { limit: 10 });
    expect(cp.value).toMatchObject({ homeId, treeSize: 7, headHash: entries[6]!.hash, at: isoAt(T0 + 3_600_000) });
    expect(verifyCheckpoint(cp.value, await verifier(store))).toEqual({ ok: true });
    expect(verifyCheckpoint({ ...cp.value, treeSize: 6 }, await verifier(store))).toEqual({
      ok: false,
      error: 'bad_signature',
    });
    // Cutting the tail and moving the head back is invisible to the chain alone; the signed checkpoint catches it.
    await store.db.deleteFrom('ledger_entries').where('home_id', '=', homeId).where('seq', '>=', 6).execute();
    await store.db
      .updateTable('ledger_heads')
      .set({ seq: 5, hash: entries[4]!.hash })
      .where('home_id', '=', homeId)
      .execute();
    expect(await verifyHomeLedger(store.db, homeId)).toEqual({ ok: false, firstBad: { seq: 6, problem: 'gap' } });
    const again = await checkpointHome(deps(store), homeId);
    expect(again.ok).toBe(false);
  });

  it("exports a visit's evidence that verifies offline, with its clip, and refuses a tampered one", async () => {
    const store = getStore();
    const { homeId, visitId, clipId } = await seedVisit(store);
    await seed(store, homeId, 3);
    await store.db.transaction().execute((tx) =>
      appendLedgerMany(tx, [
        { ...fact(homeId, 10, visitId), kind: 'visit.unlocked' },
        fact(homeId, 11),
        {
          ...fact(homeId, 12, clipId),
          kind: 'clip.recorded',
          data: { clip: { id: clipId, sha256: 'a'.repeat(64) } },
        },
      ]),
    );
    const bundle = await evidenceBundle(deps(store), visitId);
    if (!bundle.ok) throw new Error(bundle.error.detail);
    expect(bundle.value.entries.map((e: LedgerEntry) => e.seq)).toEqual([4, 6]);
    expect(bundle.value.clips).toEqual([{ id: clipId, sha256: 'a'.repeat(64) }]);
    expect(bundle.value.checkpoint.treeSize).toBe(6);
    expect(verifyBundle(bundle.value, await verifier(store))).toEqual({ ok: true });
    const forged = {
      ...bundle.value,
      entries: bundle.value.entries.map((e, i) => (i === 0 ? { ...e, kind: 'visit.denied' } : e)),
    };
    expect(verifyBundle(forged, await verifier(store))).toEqual({
      ok: false,
      problems: [{ seq: 4, problem: 'hash_mismatch' }],
    });
    expect(await evidenceBundle(deps(store), 'visit_unknown')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('ledger facts', () => {
  it('LedgerFactError names the problem', () => {
    const error = new LedgerFactError(fact('home_x', 1), {
      problem: 'invalid_data',
      detail: { path: '/price', problem: 'not_integer' },
    });
    expect(error.message).toBe('ledger fact test.fact refused: invalid_data at /price');
  });
});
