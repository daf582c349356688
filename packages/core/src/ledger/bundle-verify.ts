import { type ClipRef, clipsOf, type EntryProof, type EvidenceBundle } from './bundle.js';
import { type VerifyCheckpointSig, verifyCheckpoint } from './checkpoint.js';
import type { LedgerEntry } from './entry.js';
import { hashEntry } from './entry.js';
import { leafHash, verifyInclusion } from './merkle.js';

export type BundleProblemKind =
  | 'unsupported_version'
  | 'malformed'
  | 'bad_signature'
  | 'wrong_home'
  | 'reordered'
  | 'hash_mismatch'
  | 'out_of_range'
  | 'missing_proof'
  | 'not_included'
  | 'broken_link'
  | 'clip_unproven';

/** `seq` names the entry at fault, null when the fault is the bundle's or the checkpoint's; `clipId` a bad clip. */
export type BundleProblem = { seq: number | null; problem: BundleProblemKind; clipId?: string };
export type BundleResult = { ok: true } | { ok: false; problems: BundleProblem[] };

type Shape = Pick<EvidenceBundle, 'entries' | 'proofs' | 'clips'>;

function hasShape(bundle: EvidenceBundle): boolean {
  const arrays: (keyof Shape)[] = ['entries', 'proofs', 'clips'];
  return arrays.every((k) => Array.isArray(bundle[k])) && bundle.entries.every((e) => typeof e === 'object' && e);
}

function proofProblem(entry: LedgerEntry, proof: EntryProof | undefined, bundle: EvidenceBundle) {
  const { treeSize, rootHash } = bundle.checkpoint;
  if (!Number.isSafeInteger(entry.seq) || entry.seq < 1 || entry.seq > treeSize) return 'out_of_range';
  if (!proof || proof.seq !== entry.seq || !Array.isArray(proof.path)) return 'missing_proof';
  return verifyInclusion(leafHash(entry.hash), entry.seq - 1, treeSize, proof.path, rootHash) ? null : 'not_included';
}

/** The first thing wrong with entry i, judged on its own and against the one before it in the bundle. */
function entryProblem(bundle: EvidenceBundle, i: number): BundleProblemKind | null {
  const entry = bundle.entries[i]!;
  const prev = bundle.entries[i - 1];
  // The signed checkpoint says whose ledger this is; the bundle's own homeId is only a label, checked separately.
  if (entry.homeId !== bundle.checkpoint.homeId) return 'wrong_home';
  if (prev && !(entry.seq > prev.seq)) return 'reordered';
  const hash = hashEntry(entry);
  if (!hash.ok || hash.value !== entry.hash) return 'hash_mismatch';
  const proof = proofProblem(entry, bundle.proofs[i], bundle);
  if (proof) return proof;
  // Inclusion already fixes each hash; this catches a signer that checkpointed a chain that never linked up.
  return prev && prev.seq === entry.seq - 1 && entry.prevHash !== prev.hash ? 'broken_link' : null;
}

function clipProblems(bundle: EvidenceBundle, provenEntries: LedgerEntry[]): BundleProblem[] {
  const proven = new Set(clipsOf(provenEntries).map((c) => `${c.id}\n${c.sha256}`));
  const unproven = (c: ClipRef) => typeof c !== 'object' || c === null || !proven.has(`${c.id}\n${c.sha256}`);
  return bundle.clips.filter(unproven).map((c) => ({ seq: null, problem: 'clip_unproven', clipId: String(c?.id) }));
}

/**
 * Verifies a bundle offline (docs/ledger.md "Verifying a bundle"): the checkpoint's signature, then each entry's
 * home, order, hash and inclusion proof, then that every listed clip is recorded by a proven entry. Every bad entry
 * is named, not only the first.
 */
export function verifyBundle(bundle: EvidenceBundle, verifySig: VerifyCheckpointSig): BundleResult {
  if (bundle?.version !== 1) return { ok: false, problems: [{ seq: null, problem: 'unsupported_version' }] };
  if (!hasShape(bundle)) return { ok: false, problems: [{ seq: null, problem: 'malformed' }] };
  const checkpoint = verifyCheckpoint(bundle.checkpoint, verifySig);
  if (!checkpoint.ok) return { ok: false, problems: [{ seq: null, problem: checkpoint.error }] };
  const problems: BundleProblem[] = [];
  if (bundle.checkpoint.homeId !== bundle.homeId) problems.push({ seq: null, problem: 'wrong_home' });
  if (bundle.proofs.length !== bundle.entries.length) problems.push({ seq: null, problem: 'missing_proof' });
  const proven: LedgerEntry[] = [];
  bundle.entries.forEach((entry, i) => {
    const problem = entryProblem(bundle, i);
    if (problem) problems.push({ seq: entry.seq, problem });
    else proven.push(entry);
  });
  problems.push(...clipProblems(bundle, proven));
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}
