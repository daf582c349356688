import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryHashInput, type LedgerEntry, nextEntry, textSha256, verifyChain } from '../src/ledger/index.js';
import { arbChain, arbEdit, chain, EDITS, flipHex, HOME, input } from './ledger-fixtures.js';

const swap = (entries: LedgerEntry[], i: number, j: number) => {
  const out = [...entries];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
};
const without = (entries: LedgerEntry[], i: number) => entries.filter((_, k) => k !== i);
const replace = (entries: LedgerEntry[], i: number, e: LedgerEntry) => entries.map((x, k) => (k === i ? e : x));

describe('verifyChain', () => {
  const five = chain(5);

  it('accepts an intact chain and reports its head; an empty one has none', () => {
    expect(verifyChain(five)).toEqual({ ok: true, head: { seq: 5, hash: five[4]!.hash } });
    expect(verifyChain([])).toEqual({ ok: true, head: null });
  });

  it('names an edited entry', () => {
    expect(verifyChain(replace(five, 2, { ...five[2]!, data: { n: 99 } }))).toEqual({
      ok: false,
      firstBad: { seq: 3, problem: 'hash_mismatch' },
    });
  });

  it('names the entry that no longer links when its predecessor was edited and rehashed', () => {
    const forged = nextEntry(five[1]!, { ...input(3), data: { n: 99 } });
    if (!forged.ok) throw new Error('fixture');
    expect(verifyChain(replace(five, 2, forged.value))).toEqual({
      ok: false,
      firstBad: { seq: 4, problem: 'broken_link' },
    });
  });

  it('names the earlier of two swapped entries as reordered', () => {
    expect(verifyChain(swap(five, 1, 3))).toEqual({ ok: false, firstBad: { seq: 2, problem: 'reordered' } });
    expect(verifyChain([five[0]!, five[1]!, five[1]!, five[2]!])).toEqual({
      ok: false,
      firstBad: { seq: 3, problem: 'reordered' },
    });
  });

  it('names a dropped entry as a gap, including the first', () => {
    expect(verifyChain(without(five, 2))).toEqual({ ok: false, firstBad: { seq: 3, problem: 'gap' } });
    expect(verifyChain(without(five, 0))).toEqual({ ok: false, firstBad: { seq: 1, problem: 'gap' } });
  });

  it('names an entry of another home', () => {
    expect(verifyChain(replace(five, 1, { ...five[1]!, homeId: 'home_2' }))).toEqual({
      ok: false,
      firstBad: { seq: 2, problem: 'wrong_home' },
    });
    expect(verifyChain(five, { homeId: 'home_2' })).toEqual({ ok: false, firstBad: { seq: 1, problem: 'wrong_home' } });
  });

  it('verifies an excerpt from the hash before it', () => {
    const tail = five.slice(2);
    expect(verifyChain(tail, { expectedStartPrevHash: five[1]!.hash })).toEqual({
      ok: true,
      head: { seq: 5, hash: five[4]!.hash },
    });
    expect(verifyChain(tail, { expectedStartPrevHash: five[0]!.hash })).toEqual({
      ok: false,
      firstBad: { seq: 3, problem: 'broken_link' },
    });
    expect(verifyChain(tail)).toEqual({ ok: false, firstBad: { seq: 1, problem: 'gap' } });
  });

  it('refuses a malformed prevHash even when the excerpt is told to start from that very text', () => {
    // Hashed as if the malformed text were a hash: only the prevHash check stands between it and a verified chain.
    const bad = 'x","seq":1,"y":"';
    const text = entryHashInput(five[2]!);
    if (!text.ok) throw new Error('fixture entry has no canonical form');
    const forged = { ...five[2]!, prevHash: bad, hash: textSha256(text.value.replace(five[1]!.hash, bad)) };
    expect(verifyChain([forged], { expectedStartPrevHash: bad })).toEqual({
      ok: false,
      firstBad: { seq: 3, problem: 'hash_mismatch' },
    });
  });

  it('catches a dropped or rewritten tail against a known head', () => {
    const head = { seq: 5, hash: five[4]!.hash };
    expect(verifyChain(five, { expectedHead: head }).ok).toBe(true);
    expect(verifyChain(five.slice(0, 4), { expectedHead: head })).toEqual({
      ok: false,
      firstBad: { seq: 5, problem: 'gap' },
    });
    const rewritten = nextEntry(five[3]!, { ...input(5), data: { n: 0 } });
    if (!rewritten.ok) throw new Error('fixture');
    expect(verifyChain([...five.slice(0, 4), rewritten.value], { expectedHead: head })).toEqual({
      ok: false,
      firstBad: { seq: 5, problem: 'hash_mismatch' },
    });
    // A longer chain is fine as long as it passes through the known head.
    expect(verifyChain(five, { expectedHead: { seq: 3, hash: five[2]!.hash } }).ok).toBe(true);
    expect(verifyChain(five, { expectedHead: { seq: 3, hash: flipHex(five[2]!.hash) } })).toEqual({
      ok: false,
      firstBad: { seq: 3, problem: 'hash_mismatch' },
    });
    expect(verifyChain([], { expectedHead: { seq: 0, hash: five[0]!.prevHash } })).toEqual({ ok: true, head: null });
  });

  describe('properties', () => {
    it('any single field edit is detected at the edited seq', () => {
      const arb = arbChain(1, 25).chain((c) => fc.tuple(fc.constant(c), fc.nat(c.length - 1), arbEdit));
      fc.assert(
        fc.property(arb, ([entries, i, field]) => {
          const result = verifyChain(replace(entries, i, EDITS[field]!(entries[i]!)));
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.firstBad.seq).toBe(i + 1);
        }),
      );
    });

    it('any swap is detected as reordered at the earlier seq', () => {
      const arb = arbChain(2, 25).chain((c) =>
        fc.tuple(fc.constant(c), fc.uniqueArray(fc.nat(c.length - 1), { minLength: 2, maxLength: 2 })),
      );
      fc.assert(
        fc.property(arb, ([entries, [a, b]]) => {
          const earlier = Math.min(a!, b!);
          expect(verifyChain(swap(entries, a!, b!))).toEqual({
            ok: false,
            firstBad: { seq: earlier + 1, problem: 'reordered' },
          });
        }),
      );
    });

    it('any deletion is detected as a gap at the dropped seq (the last one given the head)', () => {
      const arb = arbChain(1, 25).chain((c) => fc.tuple(fc.constant(c), fc.nat(c.length - 1)));
      fc.assert(
        fc.property(arb, ([entries, i]) => {
          const head = { seq: entries.length, hash: entries.at(-1)!.hash };
          expect(verifyChain(without(entries, i), { expectedHead: head })).toEqual({
            ok: false,
            firstBad: { seq: i + 1, problem: 'gap' },
          });
        }),
      );
    });

    it('every chain built by nextEntry verifies, also after a JSON round trip (as through a store)', () => {
      fc.assert(
        fc.property(arbChain(0, 25), (entries) => {
          const head = entries.length === 0 ? null : { seq: entries.length, hash: entries.at(-1)!.hash };
          expect(verifyChain(entries, { homeId: HOME })).toEqual({ ok: true, head });
          expect(verifyChain(JSON.parse(JSON.stringify(entries)), { homeId: HOME })).toEqual({ ok: true, head });
        }),
      );
    });
  });
});
