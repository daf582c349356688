import type { Checkpoint } from './checkpoint.js';
import type { LedgerEntry } from './entry.js';
import { isHashHex } from './hash.js';
import { buildMerkleTree, proveInclusion, treeRoot } from './merkle.js';
import { type ChainFailure, verifyChain } from './verify.js';

/** A clip is on the ledger when an entry's data carries `clip: { id, sha256 }` (docs/ledger.md "Clips"). */
export type ClipRef = { id: string; sha256: string };
/** `path` proves entry `seq` is leaf `seq - 1` of the checkpoint's tree (RFC 9162 §2.1.3). */
export type EntryProof = { seq: number; path: string[] };

/**
 * Everything needed to check a visit's record offline with only the platform's public key: the entries in seq
 * order, one inclusion proof per entry (same order) against the signed checkpoint, and the clip hashes they record.
 */
export type EvidenceBundle = {
  version: 1;
  homeId: string;
  checkpoint: Checkpoint;
  entries: LedgerEntry[];
  proofs: EntryProof[];
  clips: ClipRef[];
};

export type BuildBundleError =
  | { problem: 'invalid_ledger'; firstBad: ChainFailure }
  | { problem: 'checkpoint_mismatch' }
  | { problem: 'unknown_seq'; seq: number };
export type BuildBundleResult = { ok: true; value: EvidenceBundle } | { ok: false; error: BuildBundleError };

/** The ledger kind that records a stored clip: subject = the clip id, `data.sha256` = its hash (docs/ledger.md). */
export const CLIP_STORED = 'clip.stored';

/**
 * The clip an entry records: a `clip.stored` entry's subject and `data.sha256`, or any entry's well-formed
 * `data.clip = { id, sha256 }` (a `clip.viewed` entry, for one).
 */
export function clipOf(entry: LedgerEntry): ClipRef | null {
  if (entry.kind === CLIP_STORED) {
    const { subject } = entry;
    const sha256 = entry.data?.sha256;
    return typeof subject === 'string' && subject.length > 0 && isHashHex(sha256) ? { id: subject, sha256 } : null;
  }
  const clip = entry.data?.clip;
  if (typeof clip !== 'object' || clip === null || Array.isArray(clip)) return null;
  const { id, sha256 } = clip;
  return typeof id === 'string' && id.length > 0 && isHashHex(sha256) ? { id, sha256 } : null;
}

/** The distinct clips recorded by `entries` (a clip that was recorded and later watched appears once). */
export function clipsOf(entries: readonly LedgerEntry[]): ClipRef[] {
  const byKey = new Map<string, ClipRef>();
  for (const clip of entries.map(clipOf)) if (clip) byKey.set(`${clip.id}\n${clip.sha256}`, clip);
  return [...byKey.values()];
}

/**
 * Bundles the entries numbered in `selectSeqs` (any order, repeats ignored). `entries` is the home's ledger from seq 1
 * through at least `checkpoint.treeSize`; it is verified and must produce the checkpoint's head and root, so a
 * bundle is never built that would fail verification.
 */
export function buildBundle(
  entries: readonly LedgerEntry[],
  checkpoint: Checkpoint,
  selectSeqs: readonly number[],
): BuildBundleResult {
  const { homeId, treeSize, headHash } = checkpoint;
  const chain = verifyChain(entries, { homeId, expectedHead: { seq: treeSize, hash: headHash } });
  if (!chain.ok) return { ok: false, error: { problem: 'invalid_ledger', firstBad: chain.firstBad } };
  const covered = entries.slice(0, treeSize);
  const tree = buildMerkleTree(covered.map((e) => e.hash));
  if (treeRoot(tree) !== checkpoint.rootHash) return { ok: false, error: { problem: 'checkpoint_mismatch' } };
  const seqs = [...new Set(selectSeqs)].sort((a, b) => a - b);
  const proofs: EntryProof[] = [];
  for (const seq of seqs) {
    const path = proveInclusion(tree, seq - 1);
    if (!path.ok) return { ok: false, error: { problem: 'unknown_seq', seq } };
    proofs.push({ seq, path: path.value });
  }
  const selected = seqs.map((seq) => covered[seq - 1]!);
  return { ok: true, value: { version: 1, homeId, checkpoint, entries: selected, proofs, clips: clipsOf(selected) } };
}
