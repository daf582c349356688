import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildBundle,
  type Checkpoint,
  createCheckpoint,
  type EvidenceBundle,
  inclusionProof,
  type LedgerEntry,
  nextEntry,
  verifyBundle,
} from '../src/ledger/index.js';
import {
  arbChain,
  arbEdit,
  at,
  chainOf,
  EDITS,
  flipHex,
  HOME,
  input,
  KID,
  sign,
  verifySig,
} from './ledger-fixtures.js';

const CLIP = { id: 'clip_7', sha256: 'ab'.repeat(32) };

function checkpointOf(entries: LedgerEntry[]): Checkpoint {
  const cp = createCheckpoint(entries, { homeId: HOME, at: at(5000), kid: KID }, sign);
  if (!cp.ok) throw new Error(cp.error);
  return cp.value;
}

function bundleOf(entries: LedgerEntry[], seqs: number[], cp = checkpointOf(entries)): EvidenceBundle {
  const bundle = buildBundle(entries, cp, seqs);
  if (!bundle.ok) throw new Error(JSON.stringify(bundle.error));
  return bundle.value;
}

const withEntry = (b: EvidenceBundle, i: number, e: LedgerEntry): EvidenceBundle => ({
  ...b,
  entries: b.entries.map((x, k) => (k === i ? e : x)),
});

describe('buildBundle', () => {
  const entries = chainOf([
    input(1),
    input(2),
    input(3, { clip: CLIP }),
    input(4, { clip: CLIP, viewer: 'u_1' }),
    input(5),
  ]);

  it('bundles the chosen entries in seq order with proofs and the clips they record', () => {
    const cp = checkpointOf(entries);
    const bundle = bundleOf(entries, [4, 3, 3]);
    expect(bundle).toMatchObject({ version: 1, homeId: HOME, checkpoint: cp, clips: [CLIP] });
    expect(bundle.entries).toEqual([entries[2], entries[3]]);
    expect(bundle.proofs.map((p) => p.seq)).toEqual([3, 4]);
    expect(bundle.proofs[0]!.path).toHaveLength(3);
    expect(verifyBundle(bundle, verifySig)).toEqual({ ok: true });
    expect(JSON.parse(JSON.stringify(bundle))).toEqual(bundle);
  });

  it('bundles against an older checkpoint from a longer ledger', () => {
    const cp = checkpointOf(entries.slice(0, 3));
    const bundle = bundleOf(entries, [1, 3], cp);
    expect(bundle.checkpoint.treeSize).toBe(3);
    expect(verifyBundle(bundle, verifySig)).toEqual({ ok: true });
  });

  it('refuses a broken ledger, a checkpoint it does not match and seqs beyond the checkpoint', () => {
    const cp = checkpointOf(entries.slice(0, 4));
    expect(buildBundle(entries.slice(0, 3), cp, [1])).toEqual({
      ok: false,
      error: { problem: 'invalid_ledger', firstBad: { seq: 4, problem: 'gap' } },
    });
    expect(buildBundle(entries, { ...cp, rootHash: flipHex(cp.rootHash) }, [1])).toEqual({
      ok: false,
      error: { problem: 'checkpoint_mismatch' },
    });
    expect(buildBundle(entries, cp, [2, 5])).toEqual({ ok: false, error: { problem: 'unknown_seq', seq: 5 } });
    expect(buildBundle(entries, cp, [0])).toEqual({ ok: false, error: { problem: 'unknown_seq', seq: 0 } });
  });
});

describe('verifyBundle', () => {
  const entries = chainOf([input(1), input(2, { clip: CLIP }), input(3), input(4), input(5), input(6)]);
  const bundle = bundleOf(entries, [2, 3, 5]);

  it('names an edited entry and one edited and rehashed', () => {
    const edited = { ...bundle.entries[1]!, data: { n: 0 } };
    expect(verifyBundle(withEntry(bundle, 1, edited), verifySig)).toEqual({
      ok: false,
      problems: [{ seq: 3, problem: 'hash_mismatch' }],
    });
    const forged = nextEntry(entries[1]!, { ...input(3), data: { n: 0 } });
    if (!forged.ok) throw new Error('fixture');
    expect(verifyBundle(withEntry(bundle, 1, forged.value), verifySig)).toEqual({
      ok: false,
      problems: [{ seq: 3, problem: 'not_included' }],
    });
  });

  it('names every bad entry, not only the first', () => {
    const b = withEntry(withEntry(bundle, 0, { ...bundle.entries[0]!, kind: 'x' }), 2, {
      ...bundle.entries[2]!,
      homeId: 'home_2',
    });
    expect(verifyBundle(b, verifySig)).toEqual({
      ok: false,
      problems: [
        { seq: 2, problem: 'hash_mismatch' },
        { seq: 5, problem: 'wrong_home' },
        { seq: null, problem: 'clip_unproven', clipId: CLIP.id },
      ],
    });
  });

  it('rejects a forged or foreign checkpoint, reordered entries, missing proofs and invented clips', () => {
    const cp = bundle.checkpoint;
    const one = (b: EvidenceBundle) => verifyBundle(b, verifySig);
    expect(one({ ...bundle, checkpoint: { ...cp, treeSize: 5 } })).toEqual({
      ok: false,
      problems: [{ seq: null, problem: 'bad_signature' }],
    });
    expect(one({ ...bundle, homeId: 'home_2' })).toEqual({
      ok: false,
      problems: [{ seq: null, problem: 'wrong_home' }],
    });
    const [a, b, c] = bundle.entries as [LedgerEntry, LedgerEntry, LedgerEntry];
    expect(
      one({ ...bundle, entries: [a, c, b], proofs: [bundle.proofs[0]!, bundle.proofs[2]!, bundle.proofs[1]!] }),
    ).toEqual({ ok: false, problems: [{ seq: 3, problem: 'reordered' }] });
    expect(one({ ...bundle, proofs: bundle.proofs.slice(0, 2) })).toEqual({
      ok: false,
      problems: [
        { seq: null, problem: 'missing_proof' },
        { seq: 5, problem: 'missing_proof' },
      ],
    });
    expect(one({ ...bundle, clips: [CLIP, { id: 'clip_8', sha256: 'cd'.repeat(32) }] })).toEqual({
      ok: false,
      problems: [{ seq: null, problem: 'clip_unproven', clipId: 'clip_8' }],
    });
    expect(one({ ...bundle, clips: [{ ...CLIP, sha256: 'cd'.repeat(32) }] })).toEqual({
      ok: false,
      problems: [{ seq: null, problem: 'clip_unproven', clipId: CLIP.id }],
    });
    expect(one({ ...bundle, version: 2 } as never)).toEqual({
      ok: false,
      problems: [{ seq: null, problem: 'unsupported_version' }],
    });
    expect(one({ ...bundle, entries: null } as never)).toEqual({
      ok: false,
      problems: [{ seq: null, problem: 'malformed' }],
    });
  });

  it('rejects an entry beyond the checkpoint and a signer that checkpointed an unlinked chain', () => {
    const beyond = {
      ...bundle,
      entries: [...bundle.entries, entries[5]!],
      proofs: [...bundle.proofs, { seq: 6, path: [] }],
    };
    const cp = checkpointOf(entries.slice(0, 5));
    expect(verifyBundle({ ...beyond, checkpoint: cp }, verifySig)).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([{ seq: 6, problem: 'out_of_range' }]),
    });
    // A forged third entry that links nowhere, yet is checkpointed by the (misbehaving) signer.
    const stray = nextEntry({ ...entries[1]!, hash: flipHex(entries[1]!.hash) }, input(3));
    if (!stray.ok) throw new Error('fixture');
    const unlinked = [entries[0]!, entries[1]!, stray.value];
    const unlinkedCp = createCheckpoint(unlinked, { homeId: HOME, at: at(5000), kid: KID }, sign);
    if (!unlinkedCp.ok) throw new Error('fixture');
    const proofs = [2, 3].map((seq) => {
      const path = inclusionProof(
        unlinked.map((e) => e.hash),
        seq - 1,
      );
      if (!path.ok) throw new Error(path.error);
      return { seq, path: path.value };
    });
    const b: EvidenceBundle = {
      ...bundle,
      checkpoint: unlinkedCp.value,
      entries: unlinked.slice(1),
      proofs,
      clips: [],
    };
    expect(verifyBundle(b, verifySig)).toEqual({ ok: false, problems: [{ seq: 3, problem: 'broken_link' }] });
  });

  describe('properties', () => {
    it('a bundle with any single modified entry fails and names it', () => {
      const arb = arbChain(1, 20)
        .chain((c) =>
          fc.tuple(
            fc.constant(c),
            fc.subarray(
              c.map((e) => e.seq),
              { minLength: 1 },
            ),
          ),
        )
        .chain(([c, seqs]) => fc.tuple(fc.constant(c), fc.constant(seqs), fc.nat(seqs.length - 1), arbEdit));
      fc.assert(
        fc.property(arb, ([entries, seqs, i, field]) => {
          const good = bundleOf(entries, seqs);
          expect(verifyBundle(good, verifySig)).toEqual({ ok: true });
          const edited = EDITS[field]!(good.entries[i]!);
          const result = verifyBundle(withEntry(good, i, edited), verifySig);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.problems.map((p) => p.seq)).toContain(edited.seq);
        }),
      );
    });
  });
});
