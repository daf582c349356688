import type { EntryResult, LedgerEntry, StoredEntry } from './entry.js';
import { hashEntry, hashStoredEntry } from './entry.js';
import { isHashHex, type TextSha256, textSha256, ZERO_HASH } from './hash.js';

export type ChainProblem = 'hash_mismatch' | 'broken_link' | 'gap' | 'reordered' | 'wrong_home';
export type ChainHead = { seq: number; hash: string };

/**
 * `seq` names the first entry that is not what the ledger says it is: the edited one, the earlier of two swapped,
 * or the dropped one (for 'gap'). docs/ledger.md "Verifying a chain" lists what each problem means.
 */
export type ChainFailure = { seq: number; problem: ChainProblem };
export type ChainResult = { ok: true; head: ChainHead | null } | { ok: false; firstBad: ChainFailure };

export type VerifyChainOptions = {
  /** For an excerpt that does not start at seq 1: the hash of the entry just before it. */
  expectedStartPrevHash?: string;
  /** The home every entry must belong to; defaults to the first entry's. */
  homeId?: string;
  /** A head known from elsewhere (a checkpoint); catches a dropped or rewritten tail. */
  expectedHead?: ChainHead;
  /** The SHA-256 to hash entries with (see TextSha256); core's own by default. */
  sha256?: TextSha256;
};

/** `checked`: `prevHash` is known to be well formed (ZERO_HASH, a hash that passed isHashHex, or one just computed). */
type Cursor = { seq: number; prevHash: string; checked: boolean };

/** What a chain walk reads of an entry besides its content, which `HashOf` hashes. */
type Link = { homeId: string; seq: number; prevHash: string; hash: string };
type HashOf<E> = (entry: E, sha256: TextSha256, checkedPrevHash: string | undefined) => EntryResult<string>;

/** An out-of-place seq is a reorder when the expected one turns up later, and a gap when it never does. */
function seqProblem(entries: readonly Link[], index: number, expected: number): ChainProblem {
  const seq = entries[index]!.seq;
  if (seq < expected) return 'reordered';
  return entries.slice(index + 1).some((e) => e.seq === expected) ? 'reordered' : 'gap';
}

function entryProblem<E extends Link>(
  entries: readonly E[],
  index: number,
  at: Cursor,
  homeId: string,
  sha256: TextSha256,
  hashOf: HashOf<E>,
) {
  const entry = entries[index]!;
  if (entry.homeId !== homeId) return 'wrong_home';
  if (entry.seq !== at.seq) return seqProblem(entries, index, at.seq);
  const hash = hashOf(entry, sha256, at.checked ? at.prevHash : undefined);
  // Content with no canonical form can never have been hashed by nextEntry, so it cannot match its hash either.
  if (!hash.ok || hash.value !== entry.hash) return 'hash_mismatch';
  if (entry.prevHash !== at.prevHash) return 'broken_link';
  return null;
}

/**
 * The chain must reach `expected.seq` and hold `expected.hash` there. A checkpointed tail that is missing is a gap
 * at the first missing seq; a different hash at that seq means the entries up to it were rewritten.
 */
function headProblem(entries: readonly Link[], start: Cursor, expected: ChainHead): ChainFailure | null {
  const reached = start.seq - 1 + entries.length;
  if (reached < expected.seq) return { seq: reached + 1, problem: 'gap' };
  if (expected.seq < start.seq - 1) return { seq: expected.seq, problem: 'gap' }; // before this excerpt
  const hash = expected.seq === start.seq - 1 ? start.prevHash : entries[expected.seq - start.seq]!.hash;
  return hash === expected.hash ? null : { seq: expected.seq, problem: 'hash_mismatch' };
}

function walk<E extends Link>(entries: readonly E[], options: VerifyChainOptions, hashOf: HashOf<E>): ChainResult {
  const first = entries[0];
  const homeId = options.homeId ?? first?.homeId ?? '';
  const fromStart = options.expectedStartPrevHash === undefined;
  const prevHash = options.expectedStartPrevHash ?? ZERO_HASH;
  const start: Cursor = { seq: fromStart ? 1 : (first?.seq ?? 1), prevHash, checked: isHashHex(prevHash) };
  const at = { ...start };
  const sha256 = options.sha256 ?? textSha256;
  for (let i = 0; i < entries.length; i++) {
    const problem = entryProblem(entries, i, at, homeId, sha256, hashOf);
    if (problem) return { ok: false, firstBad: { seq: at.seq, problem } };
    at.seq += 1;
    // The entry's hash equals the one just computed, so it is well formed.
    at.prevHash = entries[i]!.hash;
    at.checked = true;
  }
  const bad = options.expectedHead ? headProblem(entries, start, options.expectedHead) : null;
  if (bad) return { ok: false, firstBad: bad };
  return { ok: true, head: entries.length === 0 ? null : { seq: at.seq - 1, hash: at.prevHash } };
}

/**
 * Walks `entries` in array order, checking that each belongs to the home, has the next seq, hashes to its `hash`
 * and links to its predecessor. Without `expectedStartPrevHash` the chain must start at seq 1.
 */
export function verifyChain(entries: readonly LedgerEntry[], options: VerifyChainOptions = {}): ChainResult {
  return walk(entries, options, hashEntry);
}

/**
 * verifyChain over entries as a store holds them, each hashed with its stored data text (hashStoredEntry): the
 * verdict is verifyChain's over the same entries with each `data` parsed from its text, which is what readers see.
 */
export function verifyStoredChain(entries: readonly StoredEntry[], options: VerifyChainOptions = {}): ChainResult {
  return walk(entries, options, hashStoredEntry);
}
