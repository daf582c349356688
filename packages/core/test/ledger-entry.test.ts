import { createHash } from 'node:crypto';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ENTRY_DOMAIN,
  entryHashInput,
  hashEntry,
  isIsoUtc,
  type LedgerEntry,
  nextEntry,
  textSha256,
  ZERO_HASH,
} from '../src/ledger/index.js';
import { expectOk, FIRST_HASH, first, HOME, input } from './ledger-fixtures.js';

describe('hashEntry', () => {
  it('hashes the domain tag and the canonical JSON of the seven fields (known answer)', () => {
    const fields = { ...first, seq: 1, prevHash: ZERO_HASH };
    expect(expectOk(entryHashInput(fields))).toBe(
      `${ENTRY_DOMAIN}{"at":"2026-01-02T03:04:05.000Z","data":{"courier":"c_9","window":{"from":"09:00","to":"10:00"}},` +
        `"homeId":"home_1","kind":"visit.created","prevHash":"${ZERO_HASH}","seq":1,"subject":"visit_1"}`,
    );
    expect(hashEntry(fields)).toEqual({ ok: true, value: FIRST_HASH });
  });

  it('ignores store-only properties and key order, but not any field', () => {
    const fields = { ...first, seq: 1, prevHash: ZERO_HASH };
    const reread = JSON.parse(
      JSON.stringify({
        id: 99,
        createdAt: 'x',
        ...fields,
        data: { courier: 'c_9', window: { from: '09:00', to: '10:00' } },
      }),
    );
    expect(hashEntry(reread)).toEqual({ ok: true, value: FIRST_HASH });
    expect(expectOk(hashEntry({ ...fields, subject: null }))).not.toBe(FIRST_HASH);
    expect(expectOk(hashEntry({ ...fields, seq: 2 }))).not.toBe(FIRST_HASH);
  });

  it.each([
    [{ homeId: '' }, 'invalid_home_id'],
    [{ seq: 0 }, 'invalid_seq'],
    [{ seq: 1.5 }, 'invalid_seq'],
    [{ at: '2026-01-02T03:04:05Z' }, 'invalid_at'],
    [{ at: '2026-02-30T03:04:05.000Z' }, 'invalid_at'],
    [{ at: '2026-01-02T04:04:05.000+01:00' }, 'invalid_at'],
    [{ kind: '' }, 'invalid_kind'],
    [{ subject: '' }, 'invalid_subject'],
    [{ data: [] }, 'invalid_data'],
    [{ data: null }, 'invalid_data'],
    [{ prevHash: ZERO_HASH.toUpperCase().replace(/0/g, 'A') }, 'invalid_prev_hash'],
    [{ prevHash: 'abc' }, 'invalid_prev_hash'],
  ])('refuses %o with %s', (change, problem) => {
    const fields = { ...first, seq: 1, prevHash: ZERO_HASH, ...change } as never;
    expect(hashEntry(fields)).toEqual({ ok: false, error: { problem } });
  });

  it('says where data has no canonical form', () => {
    const fields = { ...first, seq: 1, prevHash: ZERO_HASH, data: { lat: 51.5 } };
    expect(hashEntry(fields)).toEqual({
      ok: false,
      error: { problem: 'invalid_data', detail: { path: '/data/lat', problem: 'not_integer' } },
    });
  });
});

describe('nextEntry', () => {
  it('starts a ledger at seq 1 linked to the zero hash', () => {
    expect(nextEntry(null, first)).toEqual({
      ok: true,
      value: { ...first, seq: 1, prevHash: ZERO_HASH, hash: FIRST_HASH },
    });
  });

  it('links each entry to the one before it', () => {
    const one = expectOk(nextEntry(null, input(1)));
    const two = expectOk(nextEntry(one, input(2)));
    expect(two).toEqual({ ...input(2), seq: 2, prevHash: one.hash, hash: expectOk(hashEntry({ ...two })) });
    expect(two.hash).not.toBe(one.hash);
  });

  it('refuses another home, a bad time and fractional data', () => {
    const one = expectOk(nextEntry(null, input(1))) as LedgerEntry;
    expect(nextEntry(one, { ...input(2), homeId: 'home_2' })).toEqual({ ok: false, error: { problem: 'wrong_home' } });
    expect(nextEntry(one, { ...input(2), at: 'yesterday' })).toEqual({ ok: false, error: { problem: 'invalid_at' } });
    expect(nextEntry(null, { ...input(1), data: { n: 0.1 } })).toMatchObject({
      ok: false,
      error: { problem: 'invalid_data' },
    });
    expect(one.homeId).toBe(HOME);
  });
});

describe('textSha256', () => {
  it('is SHA-256 of the UTF-8 bytes, for ASCII and any other text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
        expect(textSha256(text)).toBe(bytesToHex(sha256(utf8ToBytes(text))));
      }),
    );
  });

  it('gives the entry that native SHA-256 gives', () => {
    const native = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    const entry = nextEntry(null, input(1, { name: 'Zoë 🚪' }), native);
    const plain = nextEntry(null, input(1, { name: 'Zoë 🚪' }));
    expect(entry).toEqual(plain);
  });
});

describe('isIsoUtc', () => {
  it('accepts exactly the texts toISOString writes for an instant of years 0000–9999', () => {
    const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    const text = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), two, two, two, two, two, fc.integer({ min: 0, max: 999 }))
      .map(
        ([y, mo, d, h, mi, s, ms]) =>
          `${String(y).padStart(4, '0')}-${mo}-${d}T${h}:${mi}:${s}.${String(ms).padStart(3, '0')}Z`,
      );
    const byDate = (t: string) => {
      const instant = new Date(t);
      return !Number.isNaN(instant.getTime()) && instant.toISOString() === t;
    };
    fc.assert(
      fc.property(text, (t) => isIsoUtc(t) === byDate(t)),
      { numRuns: 20_000 },
    );
    for (const t of ['2024-02-29T23:59:59.999Z', '2000-02-29T00:00:00.000Z', '0000-01-01T00:00:00.000Z']) {
      expect(isIsoUtc(t)).toBe(true);
    }
    for (const t of ['2023-02-29T00:00:00.000Z', '1900-02-29T00:00:00.000Z', '2026-01-01T24:00:00.000Z']) {
      expect(isIsoUtc(t)).toBe(false);
    }
  });
});
