import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type EntryInput,
  hashEntry,
  hashStoredEntry,
  type JsonObject,
  type LedgerEntry,
  nextEntry,
  nextStoredEntry,
  type StoredEntry,
  type TextSha256,
  textSha256,
  toCanonicalJson,
  verifyChain,
  verifyStoredChain,
  ZERO_HASH,
} from '../src/ledger/index.js';
import { arbChain, arbEdit, EDITS, expectOk, FIRST_HASH, first, HOME, input } from './ledger-fixtures.js';

// Entries verified from the data text a store holds (docs/decisions.md "Ledger verification: hashing the text the
// store holds"): the text written at append verifies as it stands, and any other text gets exactly the verdict of its
// parsed value written canonically, which is what verifyChain gives the entry readers see.

type Appended = { entry: LedgerEntry; dataText: string };

function appended(inputs: readonly EntryInput[]): Appended[] {
  const out: Appended[] = [];
  for (const item of inputs) {
    const next = nextStoredEntry(out.at(-1)?.entry ?? null, item);
    if (!next.ok) throw new Error(`fixture refused: ${JSON.stringify(next.error)}`);
    out.push(next.value);
  }
  return out;
}

function stored({ entry, dataText }: Appended): StoredEntry {
  const { data: _data, ...frame } = entry;
  return { ...frame, dataText };
}

function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The verdict readers' view gets: the parsed text written canonically is the text hashed at append. */
function canonicalAgain(text: string, original: string): boolean {
  const value = parsedOrUndefined(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const json = toCanonicalJson(value);
  return json.ok && json.value === original;
}

/** A hasher that counts its calls: one per entry when the stored text is hashed as it stands, two after a fallback. */
function counting(): { sha256: TextSha256; calls: () => number } {
  let n = 0;
  return {
    sha256: (text) => {
      n += 1;
      return textSha256(text);
    },
    calls: () => n,
  };
}

const awkward = fc.constantFrom(
  '',
  '"',
  '\\',
  '\n\t',
  '\u0001',
  '\u007f',
  '\uD83D\uDE00',
  'é€',
  '\u2028',
  '~/',
  '10',
  '9',
);
const str = fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 }), awkward);
const int = fc.oneof(
  fc.integer(),
  fc.maxSafeInteger(),
  fc.constantFrom(0, -0, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER),
);
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    str,
    int,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(str, tie('value'), { maxKeys: 5 }),
  ),
})).value;
const arbData = fc.dictionary(str, json, { maxKeys: 6 }) as fc.Arbitrary<JsonObject>;
const arbAppended = fc
  .array(arbData, { minLength: 1, maxLength: 6 })
  .map((datas) => appended(datas.map((data, i) => input(i + 1, data))));

/** One character replaced, removed or inserted at `at` (modulo the length). */
const edit = fc.record({
  op: fc.constantFrom('replace', 'delete', 'insert'),
  at: fc.nat(),
  char: fc.oneof(
    fc.constantFrom('0', '1', '9', '-', 'e', 'a', '"', '\\', ' ', '\n', ',', ':', '{', '}', '[', ']', 'é', '😀'),
    fc.string({ minLength: 1, maxLength: 1 }),
  ),
});
function edited(text: string, e: { op: string; at: number; char: string }): string {
  const i = e.at % (text.length + (e.op === 'insert' ? 1 : 0));
  if (e.op === 'delete') return text.slice(0, i) + text.slice(i + 1);
  if (e.op === 'insert') return text.slice(0, i) + e.char + text.slice(i);
  return text.slice(0, i) + e.char + text.slice(i + 1);
}

/** Every object's keys in reverse order (non-canonical for two keys or more), written with JSON.stringify. */
const reversedText = (text: string, space?: number) =>
  JSON.stringify(
    JSON.parse(text, (_k, x) =>
      typeof x === 'object' && x !== null && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).reverse()) : x,
    ),
    null,
    space,
  );

describe('nextStoredEntry', () => {
  it("gives nextEntry's entry and the canonical text of its data (known answer)", () => {
    const next = nextStoredEntry(null, first);
    expect(next).toEqual({
      ok: true,
      value: {
        entry: { ...first, seq: 1, prevHash: ZERO_HASH, hash: FIRST_HASH },
        dataText: '{"courier":"c_9","window":{"from":"09:00","to":"10:00"}}',
      },
    });
    expect(next.ok && next.value.entry).toEqual(expectOk(nextEntry(null, first)));
  });

  it('refuses what nextEntry refuses, with the same error', () => {
    const one = nextEntry(null, input(1));
    if (!one.ok) throw new Error('fixture');
    const cases: [LedgerEntry | null, EntryInput][] = [
      [one.value, { ...input(2), homeId: 'home_2' }],
      [one.value, { ...input(2), at: 'yesterday' }],
      [null, { ...input(1), kind: '' }],
      [null, { ...input(1), data: { n: 0.5 } }],
      [null, { ...input(1), data: { n: 1e21 } }],
      [null, { ...input(1), data: { n: 2 ** 53 } }],
      [null, { ...input(1), data: { n: { deep: [Number.NaN] } } }],
      [null, { ...input(1), data: { s: '\uD800' } }],
      [null, { ...input(1), subject: '\uDC00' }],
      [null, { ...input(1), data: { u: undefined } as never }],
      [null, { ...input(1), data: { d: new Date(0) } as never }],
      [null, { ...input(1), data: [] as never }],
    ];
    for (const [prev, item] of cases) {
      const refused = nextStoredEntry(prev, item);
      expect(refused.ok).toBe(false);
      expect(refused).toEqual(nextEntry(prev, item));
    }
  });

  it('stores a text that JSON.parse reads back as the value a store round trip gives, and that is its own canonical form', () => {
    fc.assert(
      fc.property(arbData, (data) => {
        const next = nextStoredEntry(null, input(1, data));
        if (!next.ok) throw new Error(`refused: ${JSON.stringify(next.error)}`);
        const { dataText } = next.value;
        // -0 is written 0, as JSON.stringify writes it: the value every reader has always been given.
        expect(JSON.parse(dataText)).toEqual(JSON.parse(JSON.stringify(data)));
        expect(toCanonicalJson(JSON.parse(dataText))).toEqual({ ok: true, value: dataText });
        expect(toCanonicalJson(data)).toEqual({ ok: true, value: dataText });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('hashStoredEntry', () => {
  const [one] = appended([first]);

  it('hashes the stored canonical text as it stands: one hash, the entry hash', () => {
    const h = counting();
    expect(hashStoredEntry(stored(one!), h.sha256)).toEqual({ ok: true, value: FIRST_HASH });
    expect(h.calls()).toBe(1);
  });

  it('verifies a text stored before texts were canonical by writing its parsed value again', () => {
    const old = { ...stored(one!), dataText: JSON.stringify(first.data) };
    expect(old.dataText).toBe('{"window":{"to":"10:00","from":"09:00"},"courier":"c_9"}');
    const h = counting();
    expect(hashStoredEntry(old, h.sha256)).toEqual({ ok: true, value: FIRST_HASH });
    expect(h.calls()).toBe(2);
  });

  it('gives a changed, broken or misplaced text the hash of what it parses to, or refuses it', () => {
    const entry = stored(one!);
    const text = entry.dataText;
    const changed = { ...entry, dataText: text.replace('c_9', 'c_8') };
    expect(hashStoredEntry(changed)).toEqual(hashEntry({ ...one!.entry, data: JSON.parse(changed.dataText) }));
    expect(hashStoredEntry(changed)).not.toEqual({ ok: true, value: FIRST_HASH });
    for (const dataText of [text.slice(0, -1), `${text},"homeId":"home_1"`, '', 'null', '[]', '"x"', `${text}x`]) {
      const result = hashStoredEntry({ ...entry, dataText });
      expect(result.ok && result.value === FIRST_HASH).toBe(false);
    }
    expect(hashStoredEntry({ ...entry, dataText: '{"a":' })).toEqual({ ok: false, error: { problem: 'invalid_data' } });
    expect(hashStoredEntry({ ...entry, dataText: '[1]' })).toEqual({ ok: false, error: { problem: 'invalid_data' } });
    expect(hashStoredEntry({ ...entry, dataText: 7 as never })).toEqual({
      ok: false,
      error: { problem: 'invalid_data' },
    });
  });

  it('checks the frame as hashEntry does', () => {
    const entry = stored(one!);
    expect(hashStoredEntry({ ...entry, at: '2026-02-30T03:04:05.000Z' })).toEqual({
      ok: false,
      error: { problem: 'invalid_at' },
    });
    expect(hashStoredEntry({ ...entry, prevHash: 'abc' })).toEqual({
      ok: false,
      error: { problem: 'invalid_prev_hash' },
    });
    expect(hashStoredEntry({ ...entry, kind: '' })).toEqual({ ok: false, error: { problem: 'invalid_kind' } });
  });
});

describe('verifyStoredChain', () => {
  it('verifies entries appended and then read back with their stored text, each hashed once', () => {
    fc.assert(
      fc.property(arbAppended, (chain) => {
        const h = counting();
        const head = chain.at(-1)!.entry;
        expect(verifyStoredChain(chain.map(stored), { sha256: h.sha256 })).toEqual({
          ok: true,
          head: { seq: head.seq, hash: head.hash },
        });
        expect(h.calls()).toBe(chain.length);
      }),
      { numRuns: 300 },
    );
  });

  it('fails a one-character change of a stored text unless its parsed value writes back to the hashed text', () => {
    let verified = 0;
    let failed = 0;
    fc.assert(
      fc.property(arbAppended, fc.nat(), edit, (chain, pick, e) => {
        const k = pick % chain.length;
        const original = chain[k]!.dataText;
        const dataText = edited(original, e);
        fc.pre(dataText !== original);
        const entries = chain.map(stored);
        entries[k] = { ...entries[k]!, dataText };
        const result = verifyStoredChain(entries);
        const expected = canonicalAgain(dataText, original);
        if (expected) verified += 1;
        else failed += 1;
        if (expected) expect(result.ok).toBe(true);
        else expect(result).toEqual({ ok: false, firstBad: { seq: k + 1, problem: 'hash_mismatch' } });
      }),
      { numRuns: 2000 },
    );
    // Both verdicts were reached: whitespace inserted between tokens verifies, a changed value fails.
    expect(verified).toBeGreaterThan(0);
    expect(failed).toBeGreaterThan(0);
  });

  it('verifies reordered keys and added whitespace only through the canonical writing of the parsed value', () => {
    fc.assert(
      fc.property(arbAppended, fc.nat(), fc.constantFrom(undefined, 1, 2), (chain, pick, space) => {
        const k = pick % chain.length;
        const entries = chain.map(stored);
        entries[k] = { ...entries[k]!, dataText: reversedText(chain[k]!.dataText, space) };
        const rewritten = entries[k]!.dataText !== chain[k]!.dataText;
        const h = counting();
        expect(verifyStoredChain(entries, { sha256: h.sha256 }).ok).toBe(true);
        expect(h.calls()).toBe(chain.length + (rewritten ? 1 : 0));
      }),
      { numRuns: 300 },
    );
  });

  it("gives verifyChain's verdict over the entries readers see, for any edit of any field", () => {
    const arb = arbChain(1, 8).chain((entries) =>
      fc.tuple(fc.constant(entries), fc.nat({ max: entries.length - 1 }), arbEdit, fc.boolean()),
    );
    fc.assert(
      fc.property(arb, ([entries, i, field, canonical]) => {
        const tampered = entries.map((e, k) => (k === i ? EDITS[field]!(e) : e));
        const asStored = tampered.map(({ data, ...frame }): StoredEntry => {
          const text = toCanonicalJson(data);
          return { ...frame, dataText: canonical && text.ok ? text.value : JSON.stringify(data) };
        });
        expect(verifyStoredChain(asStored)).toEqual(verifyChain(tampered));
        expect(verifyStoredChain(asStored).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('verifies an excerpt from the hash before it and names a changed text in it', () => {
    const chain = appended(Array.from({ length: 5 }, (_, i) => input(i + 1, { n: i + 1, at: { home: HOME } })));
    const tail = chain.slice(2).map(stored);
    const start = { expectedStartPrevHash: chain[1]!.entry.hash };
    expect(verifyStoredChain(tail, start)).toEqual({ ok: true, head: { seq: 5, hash: chain[4]!.entry.hash } });
    tail[1] = { ...tail[1]!, dataText: tail[1]!.dataText.replace('"n":4', '"n":5') };
    expect(verifyStoredChain(tail, start)).toEqual({ ok: false, firstBad: { seq: 4, problem: 'hash_mismatch' } });
  });
});
