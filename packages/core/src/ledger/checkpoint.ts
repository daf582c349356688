import { toCanonicalJson } from './canonical.js';
import type { LedgerEntry } from './entry.js';
import { isHashHex, isIsoUtc, ZERO_HASH } from './hash.js';
import { EMPTY_ROOT, merkleRoot } from './merkle.js';

/**
 * A signed statement of a home's ledger at one moment: the Merkle root over its first `treeSize` entry hashes and the
 * hash of entry `treeSize` (ZERO_HASH and EMPTY_ROOT for an empty ledger). `kid` names the platform key, `sig` is
 * whatever the signer produced over checkpointPayload (core never sees keys: signing is passed in).
 */
export type Checkpoint = {
  homeId: string;
  treeSize: number;
  rootHash: string;
  headHash: string;
  at: string;
  kid: string;
  sig: string;
};

export type UnsignedCheckpoint = Omit<Checkpoint, 'sig'>;
export type SignCheckpoint = (kid: string, payload: string) => string;
export type VerifyCheckpointSig = (kid: string, payload: string, sig: string) => boolean;
export type CheckpointProblem = 'malformed' | 'bad_signature';
export type CheckpointResult = { ok: true } | { ok: false; error: CheckpointProblem };

/** Keeps a checkpoint signature from being valid for any other message the same key signs. */
export const CHECKPOINT_DOMAIN = 'threshold.ledger.checkpoint.v1\n';

const nonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

function isWellFormed(cp: UnsignedCheckpoint): boolean {
  if (!nonEmptyString(cp.homeId) || !nonEmptyString(cp.kid) || !isIsoUtc(cp.at)) return false;
  if (!Number.isSafeInteger(cp.treeSize) || cp.treeSize < 0) return false;
  if (!isHashHex(cp.rootHash) || !isHashHex(cp.headHash)) return false;
  return cp.treeSize > 0 || (cp.rootHash === EMPTY_ROOT && cp.headHash === ZERO_HASH);
}

/**
 * The exact text that is signed: CHECKPOINT_DOMAIN followed by the RFC 8785 JSON of the six unsigned fields.
 * Properties beyond those six are ignored. Callers pass a well-formed checkpoint (verifyCheckpoint checks).
 */
export function checkpointPayload(cp: UnsignedCheckpoint): string {
  const { homeId, treeSize, rootHash, headHash, at, kid } = cp;
  const json = toCanonicalJson({ homeId, treeSize, rootHash, headHash, at, kid });
  // Every field is a string or a safe integer here, so canonicalisation cannot refuse; say so loudly if it does.
  if (!json.ok) throw new TypeError(`checkpoint field ${json.error.path} has no canonical form`);
  return CHECKPOINT_DOMAIN + json.value;
}

export type CreateCheckpointResult =
  | { ok: true; value: Checkpoint }
  | { ok: false; error: 'not_a_ledger' | 'malformed' };

/**
 * Signs the state of a ledger given in full and in order (`entries[i].seq === i + 1`, hashes as verifyChain
 * accepts them). The caller has the entries from its own store, so only their order and home are re-checked here.
 */
export function createCheckpoint(
  entries: readonly LedgerEntry[],
  fields: Pick<Checkpoint, 'homeId' | 'at' | 'kid'>,
  sign: SignCheckpoint,
): CreateCheckpointResult {
  const { homeId, at, kid } = fields;
  if (entries.some((e, i) => e.seq !== i + 1 || e.homeId !== homeId || !isHashHex(e.hash))) {
    return { ok: false, error: 'not_a_ledger' };
  }
  const unsigned: UnsignedCheckpoint = {
    homeId,
    treeSize: entries.length,
    rootHash: merkleRoot(entries.map((e) => e.hash)),
    headHash: entries.at(-1)?.hash ?? ZERO_HASH,
    at,
    kid,
  };
  if (!isWellFormed(unsigned)) return { ok: false, error: 'malformed' };
  return { ok: true, value: { ...unsigned, sig: sign(kid, checkpointPayload(unsigned)) } };
}

/** Checks the fields are well formed, then asks `verifySig`; a throwing verifier counts as a bad signature. */
export function verifyCheckpoint(cp: Checkpoint, verifySig: VerifyCheckpointSig): CheckpointResult {
  if (typeof cp !== 'object' || cp === null || !isWellFormed(cp) || typeof cp.sig !== 'string') {
    return { ok: false, error: 'malformed' };
  }
  let valid = false;
  try {
    valid = verifySig(cp.kid, checkpointPayload(cp), cp.sig) === true;
  } catch {
    valid = false;
  }
  return valid ? { ok: true } : { ok: false, error: 'bad_signature' };
}
