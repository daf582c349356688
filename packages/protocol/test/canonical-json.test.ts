import { canonicalJson } from '@threshold/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Rebuild an object with its keys inserted in another order. */
function reorder(value: unknown, pick: (keys: string[]) => string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => reorder(v, pick));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(pick(Object.keys(record)).map((k) => [k, reorder(record[k], pick)]));
}

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys, drops whitespace and writes numbers in shortest form', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: 1e21, y: 0.5, x: -0 } })).toBe(
      '{"a":[true,null,"x"],"b":1,"c":{"x":0,"y":0.5,"z":1e+21}}',
    );
  });

  it('orders keys by UTF-16 code units, as RFC 8785 §3.2.3 requires', () => {
    // RFC 8785 §3.2.3 example: U+20AC sorts after U+00E9 and before U+1F600 (a surrogate pair starting 0xD83D).
    expect(canonicalJson({ '\u{1F600}': 1, '\u20AC': 2, '\u00E9': 3, '\r': 4, '1': 5 })).toBe(
      '{"\\r":4,"1":5,"é":3,"€":2,"😀":1}',
    );
  });

  it('escapes strings as JSON does', () => {
    expect(canonicalJson('a"b\\c\n\u0001')).toBe('"a\\"b\\\\c\\n\\u0001"');
  });

  it('drops undefined members and refuses values JSON cannot carry', () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson({ a: Number.POSITIVE_INFINITY })).toThrow(TypeError);
    expect(() => canonicalJson(10n)).toThrow(TypeError);
  });

  it('is independent of key insertion order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const reversed = reorder(value, (keys) => [...keys].reverse());
        const sorted = reorder(value, (keys) => [...keys].sort());
        expect(canonicalJson(reversed)).toBe(canonicalJson(value));
        expect(canonicalJson(sorted)).toBe(canonicalJson(value));
      }),
    );
  });

  it('round-trips through JSON.parse to a value with the same canonical form', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
