import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import type { EntryInput, JsonObject, LedgerEntry } from '../src/ledger/index.js';
import { nextEntry } from '../src/ledger/index.js';

export const HOME = 'home_1';
export const KID = 'platform-2026';

// A keyed MAC stands in for the platform's Ed25519 key: core only ever sees the sign/verify functions.
const key = utf8ToBytes('test signing key');
export const sign = (kid: string, payload: string): string =>
  bytesToHex(hmac(sha256, key, utf8ToBytes(`${kid}\n${payload}`)));
export const verifySig = (kid: string, payload: string, sig: string): boolean => sign(kid, payload) === sig;

/** An entry's fields with a known hash (ledger-entry.test.ts pins it; storing its text changes no hash). */
export const first = {
  homeId: 'home_1',
  at: '2026-01-02T03:04:05.000Z',
  kind: 'visit.created',
  subject: 'visit_1',
  data: { window: { to: '10:00', from: '09:00' }, courier: 'c_9' },
};
// Computed independently: printf 'threshold.ledger.entry.v1\n%s' '<canonical json>' | sha256sum (see docs/ledger.md).
export const FIRST_HASH = 'ed0b6c9079a6f0f90a8f8d020642aa5aa136a83c129e2d80a5376f57b17d2948';

export function expectOk<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

export function at(n: number): string {
  return new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
}

export function input(n: number, data: JsonObject = { n }): EntryInput {
  return { homeId: HOME, at: at(n), kind: n % 2 ? 'visit.arrived' : 'lock.unlocked', subject: `visit_${n % 3}`, data };
}

/** A chain of `inputs.length` entries built with nextEntry; throws if any input is refused. */
export function chainOf(inputs: readonly EntryInput[]): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  for (const item of inputs) {
    const next = nextEntry(entries.at(-1) ?? null, item);
    if (!next.ok) throw new Error(`fixture refused: ${JSON.stringify(next.error)}`);
    entries.push(next.value);
  }
  return entries;
}

export function chain(n: number): LedgerEntry[] {
  return chainOf(Array.from({ length: n }, (_, i) => input(i + 1)));
}

const scalar = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null));
export const arbData: fc.Arbitrary<JsonObject> = fc.dictionary(
  fc.string({ maxLength: 6 }),
  fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 4 }), scalar)),
  { maxKeys: 4 },
);

export const arbChain = (min: number, max: number): fc.Arbitrary<LedgerEntry[]> =>
  fc
    .array(arbData, { minLength: min, maxLength: max })
    .map((datas) => chainOf(datas.map((data, i) => input(i + 1, data))));

/** The fields a tamperer can touch, each changed to a value that differs from the original. */
export const EDITS: Record<string, (e: LedgerEntry) => LedgerEntry> = {
  homeId: (e) => ({ ...e, homeId: `${e.homeId}x` }),
  seq: (e) => ({ ...e, seq: e.seq + 7 }),
  at: (e) => ({ ...e, at: at(10_000 + e.seq) }),
  kind: (e) => ({ ...e, kind: `${e.kind}.x` }),
  subject: (e) => ({ ...e, subject: e.subject === null ? 'visit_x' : null }),
  data: (e) => ({ ...e, data: { ...e.data, tampered: true } }),
  prevHash: (e) => ({ ...e, prevHash: flipHex(e.prevHash) }),
  hash: (e) => ({ ...e, hash: flipHex(e.hash) }),
};
export const arbEdit = fc.constantFrom(...Object.keys(EDITS));

export function flipHex(hex: string): string {
  return (hex[0] === '0' ? '1' : '0') + hex.slice(1);
}
