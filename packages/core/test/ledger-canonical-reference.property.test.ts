import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryHashInput, MAX_JSON_DEPTH, toCanonicalJson, type UnhashedEntry } from '../src/ledger/index.js';
import { canonicalReference, entryTextReference } from './support/canonical-reference.js';

// The fast writer against the plain one it replaced (test/support/canonical-reference.ts): the same text for every
// value that has one, and the same refusal, path included, for every value that has none.

const awkward = fc.constantFrom(
  '',
  '"',
  '\\',
  '\n\t\r\b\f',
  '\u0001\u001f\u007f',
  '\u0000',
  '\uD800',
  '\uDC00',
  '\uD83D\uDE00',
  '\uDE00\uD83D',
  'é€',
  '\u2028\u2029',
  '~/',
  '~0~1',
  '10',
  '9',
  '-1',
  '__proto__x',
);
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('a', 'Z', '"', '\\', '\n', '\u0000', '\uD800', '\uDC00', 'é', '😀', '~', '/') }),
  awkward,
);
const number = fc.oneof(
  fc.maxSafeInteger(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -0, 1e21, -1e21, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER, 0.5, Number.NaN, Infinity),
);
// biome-ignore lint/suspicious/noSparseArray: a hole is one of the oddities under test
const oddity = fc.constantFrom(undefined, new Date(0), new Map(), 1n, Symbol('s'), () => 1, [, 1]);
const bare = (record: Record<string, unknown>) => Object.assign(Object.create(null), record);

const value = fc.letrec((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    number,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('json'), { maxLength: 5 }),
    fc.dictionary(text, tie('json'), { maxKeys: 6 }),
    fc.dictionary(text, tie('json'), { maxKeys: 3 }).map(bare),
    oddity,
  ),
})).json;

const nest = (inner: unknown, depth: number, asObject: boolean): unknown => {
  let v = inner;
  for (let i = 0; i < depth; i++) v = asObject ? { [`k${i}`]: v } : [v];
  return v;
};

describe('toCanonicalJson against the reference writer', () => {
  it('answers exactly what the reference answers for arbitrary values', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(toCanonicalJson(v)).toEqual(canonicalReference(v));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers the same for store-shaped JSON, with keys in any order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (v, reversed) => {
        const shuffled = JSON.parse(JSON.stringify(v), (_k, x) =>
          typeof x === 'object' && x !== null && !Array.isArray(x) && reversed
            ? Object.fromEntries(Object.entries(x).reverse())
            : x,
        );
        expect(toCanonicalJson(shuffled)).toEqual(canonicalReference(shuffled));
      }),
      { numRuns: 1000 },
    );
  });

  it('answers the same around the depth limit, for arrays and objects, and for many keys', () => {
    for (const asObject of [false, true]) {
      for (let depth = MAX_JSON_DEPTH - 1; depth <= MAX_JSON_DEPTH + 1; depth++) {
        for (const inner of [1, [], {}, 'x', null]) {
          const v = nest(inner, depth, asObject);
          expect(toCanonicalJson(v)).toEqual(canonicalReference(v));
        }
      }
    }
    const wide = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${(i * 7) % 40}`, i]));
    expect(toCanonicalJson(wide)).toEqual(canonicalReference(wide));
    const refusedLate = { ...wide, 'k9~/x': [1, 2, { z: 0.5 }] };
    expect(toCanonicalJson(refusedLate)).toEqual(canonicalReference(refusedLate));
    expect(toCanonicalJson(refusedLate)).toMatchObject({ ok: false, error: { path: '/k9~0~1x/2/z' } });
  });
});

describe('entryHashInput against the reference writer', () => {
  const hash = fc.stringMatching(/^[0-9a-f]{64}$/);
  const at = fc.integer({ min: 0, max: 4102444800000 }).map((ms) => new Date(ms).toISOString());
  const fields = fc.record({
    homeId: fc.oneof(text, fc.constant('hom_01JD7Y3Q2M8R4T6V8X0Z2B4D6F')),
    seq: fc.oneof(fc.integer({ min: 1 }), fc.maxSafeInteger()),
    at,
    kind: text,
    subject: fc.oneof(fc.constant(null), text),
    data: fc.oneof(fc.dictionary(text, value, { maxKeys: 5 }), fc.dictionary(text, value).map(bare)),
    prevHash: hash,
  });

  it('writes the domain and the seven fields exactly as the reference does, or refuses what it refuses', () => {
    fc.assert(
      fc.property(fields, (f: UnhashedEntry) => {
        const input = entryHashInput(f);
        const reference = entryTextReference(f);
        if (input.ok) expect(input.value).toBe(reference.ok ? reference.value : null);
        else if (input.error.problem === 'invalid_data')
          expect(reference).toEqual({ ok: false, error: input.error.detail });
        else expect(f.homeId === '' || f.kind === '' || f.subject === '' || f.seq < 1).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
