import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, toCanonicalJson } from '../src/ledger/index.js';

const canonical = (v: unknown) => toCanonicalJson(v);

describe('toCanonicalJson (RFC 8785 over store-stable JSON)', () => {
  it('sorts keys by UTF-16 code units at every depth and drops whitespace', () => {
    expect(canonical({ b: 1, a: [true, null, { d: 'x', c: -2 }], A: {} })).toEqual({
      ok: true,
      value: '{"A":{},"a":[true,null,{"c":-2,"d":"x"}],"b":1}',
    });
    // U+20AC (€) sorts before U+1F600 (😀, surrogates D83D DE00) by code unit, though not by code point.
    expect(canonical({ '😀': 1, '€': 2, '\r': 3, '1': 4 })).toEqual({
      ok: true,
      value: '{"\\r":3,"1":4,"€":2,"😀":1}',
    });
  });

  it('escapes strings as RFC 8785 §3.2.2.2 does', () => {
    expect(canonical('a"b\\c\n\u0001\u007f€')).toEqual({ ok: true, value: '"a\\"b\\\\c\\n\\u0001\u007f€"' });
  });

  it('writes integers plainly, negative zero as 0', () => {
    expect(canonical([0, -0, 42, -7, Number.MAX_SAFE_INTEGER])).toEqual({
      ok: true,
      value: '[0,0,42,-7,9007199254740991]',
    });
  });

  it.each([
    [{ a: 1.5 }, '/a', 'not_integer'],
    [{ a: [Number.NaN] }, '/a/0', 'not_integer'],
    [[Number.POSITIVE_INFINITY], '/0', 'not_integer'],
    [{ big: 2 ** 53 }, '/big', 'unsafe_integer'],
    [{ u: undefined }, '/u', 'unsupported_type'],
    [{ d: new Date(0) }, '/d', 'unsupported_type'],
    [{ m: new Map() }, '/m', 'unsupported_type'],
    [{ b: 1n }, '/b', 'unsupported_type'],
    // biome-ignore lint/suspicious/noSparseArray: the hole is what is under test
    [[1, , 3], '/1', 'unsupported_type'],
    [{ 'a/b~c': '\uD800' }, '/a~1b~0c', 'lone_surrogate'],
    [{ '\uDC00': 1 }, '/\uDC00', 'lone_surrogate'],
    [{ s: 'nul\u0000' }, '/s', 'nul_character'],
  ])('refuses %o at %s (%s)', (value, path, problem) => {
    expect(canonical(value)).toEqual({ ok: false, error: { path, problem } });
  });

  it('accepts objects without a prototype and refuses nesting past MAX_JSON_DEPTH', () => {
    const bare = Object.assign(Object.create(null), { z: 1, y: 2 });
    expect(canonical(bare)).toEqual({ ok: true, value: '{"y":2,"z":1}' });
    let deep: unknown = 1;
    for (let i = 0; i < MAX_JSON_DEPTH; i++) deep = [deep];
    expect(canonical(deep).ok).toBe(true);
    expect(canonical([deep])).toMatchObject({ ok: false, error: { problem: 'too_deep' } });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(canonical(cyclic)).toMatchObject({ ok: false, error: { problem: 'too_deep' } });
  });

  it('is stable under a JSON round trip and key reordering (what a store does to a value)', () => {
    const arbJson = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.maxSafeInteger(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(arbJson, (value) => {
        const first = canonical(value);
        if (!first.ok) return first.error.problem === 'lone_surrogate' || first.error.problem === 'nul_character';
        const reread = JSON.parse(first.value);
        expect(canonical(reread)).toEqual(first);
        expect(JSON.parse(first.value)).toEqual(JSON.parse(JSON.stringify(value)));
        return true;
      }),
    );
  });

  it('writes what a plain sorted-key JSON writer writes, and refuses exactly the values with no canonical form', () => {
    // The encoder has a fast path and a careful one; whichever answers, the text and the refusals must be these.
    const reference = (v: unknown): string =>
      Array.isArray(v)
        ? `[${v.map(reference).join(',')}]`
        : typeof v === 'object' && v !== null
          ? `{${Object.keys(v)
              .sort()
              .map((k) => `${JSON.stringify(k)}:${reference((v as Record<string, unknown>)[k])}`)
              .join(',')}}`
          : JSON.stringify(v);
    const refusable = (s: string) => /[\uD800-\uDFFF]/u.test(s) || s.includes('\u0000');
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('a', '\u0000', '\uD800', '\uDC00', 'é') }),
    );
    const arb = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.maxSafeInteger(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(text, tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    const strings = (v: unknown): string[] =>
      typeof v === 'string'
        ? [v]
        : typeof v === 'object' && v !== null
          ? Object.entries(v).flatMap(([k, x]) => (Array.isArray(v) ? strings(x) : [k, ...strings(x)]))
          : [];
    const numbers = (v: unknown): number[] =>
      typeof v === 'number' ? [v] : typeof v === 'object' && v !== null ? Object.values(v).flatMap(numbers) : [];
    fc.assert(
      fc.property(arb, (value) => {
        const result = canonical(value);
        const valid = !strings(value).some(refusable) && numbers(value).every(Number.isSafeInteger);
        expect(result.ok).toBe(valid);
        if (result.ok) expect(result.value).toBe(reference(value));
      }),
      { numRuns: 2000 },
    );
  });
});
