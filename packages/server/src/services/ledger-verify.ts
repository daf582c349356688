import {
  type ChainProblem,
  type Checkpoint,
  type StoredEntry,
  verifyCheckpoint,
  verifyStoredChain,
  ZERO_HASH,
} from '@threshold/core';
import { verifyBytes } from '@threshold/protocol';
import { nativeSha256 } from '../crypto/sha256.js';
import type { Db } from '../store/db.js';
import { findCheckpoint, ledgerHead, listStoredLedger } from '../store/ledger-repo.js';

// Verifies a home's stored ledger page by page (docs/ledger.md "Verifying a chain"): only one page and the running
// cursor are held, so a long ledger costs time, not memory.

/**
 * Beyond core's chain problems: `head_mismatch` — the head row names another hash than the last entry's (a rewritten
 * tail); `checkpoint_mismatch` — entry `treeSize` is not the one the signed checkpoint saw; `bad_checkpoint` — the
 * checkpoint's signature does not verify with any platform key.
 */
export type LedgerProblem = ChainProblem | 'head_mismatch' | 'checkpoint_mismatch' | 'bad_checkpoint';
export type LedgerFault = { seq: number; problem: LedgerProblem };
export type LedgerVerification = { ok: true; size: number; head: string } | { ok: false; firstBad: LedgerFault };

export const VERIFY_PAGE = 500;

type Cursor = { seq: number; hash: string };

/**
 * One page, continuing from `at`: the first entry must be the next seq, then core's chain rules apply, each entry
 * hashed with the data text the store holds (the text readers parse), written canonically again only for a text that
 * does not hash to the entry's hash as it stands.
 */
function checkPage(page: readonly StoredEntry[], at: Cursor, homeId: string): LedgerFault | null {
  const first = page[0]!;
  if (first.seq !== at.seq + 1) return { seq: at.seq + 1, problem: 'gap' };
  const chain = verifyStoredChain(page, { homeId, expectedStartPrevHash: at.hash, sha256: nativeSha256 });
  return chain.ok ? null : chain.firstBad;
}

function checkpointFault(page: readonly StoredEntry[], cp: Checkpoint | undefined): LedgerFault | null {
  const seen = cp && page.find((e) => e.seq === cp.treeSize);
  return seen && seen.hash !== cp.headHash ? { seq: cp.treeSize, problem: 'checkpoint_mismatch' } : null;
}

/** The end of the walk must be where the head row and the checkpoint say the ledger ends. */
function endFault(at: Cursor, head: Cursor, cp: Checkpoint | undefined): LedgerFault | null {
  if (at.seq < head.seq) return { seq: at.seq + 1, problem: 'gap' };
  if (at.hash !== head.hash) return { seq: head.seq, problem: 'head_mismatch' };
  if (cp && cp.treeSize > at.seq) return { seq: at.seq + 1, problem: 'gap' };
  return null;
}

async function checkpointSignatureFault(db: Db, cp: Checkpoint | undefined): Promise<LedgerFault | null> {
  if (!cp) return null;
  const key = await db.selectFrom('platform_keys').select('public_key').where('kid', '=', cp.kid).executeTakeFirst();
  const verified = verifyCheckpoint(
    cp,
    (_kid, payload, sig) => key !== undefined && verifyBytes(key.public_key, payload, sig),
  );
  return verified.ok ? null : { seq: cp.treeSize, problem: 'bad_checkpoint' };
}

/**
 * Walks entries 1 through the head recorded when the walk starts (later appends are left for the next walk), calling
 * `onPage` with each verified page. Names the first entry that is not what the ledger says it is.
 */
export async function walkLedger(
  db: Db,
  homeId: string,
  onPage: (page: readonly StoredEntry[]) => void = () => {},
): Promise<LedgerVerification> {
  const head = await ledgerHead(db, homeId);
  const cp = await findCheckpoint(db, homeId);
  const signature = await checkpointSignatureFault(db, cp);
  if (signature) return { ok: false, firstBad: signature };
  const at: Cursor = { seq: 0, hash: ZERO_HASH };
  while (at.seq < head.seq) {
    const limit = Math.min(VERIFY_PAGE, head.seq - at.seq);
    const page = await listStoredLedger(db, homeId, { afterSeq: at.seq, limit });
    if (page.length === 0) break;
    const fault = checkPage(page, at, homeId) ?? checkpointFault(page, cp);
    if (fault) return { ok: false, firstBad: fault };
    onPage(page);
    at.seq = page.at(-1)!.seq;
    at.hash = page.at(-1)!.hash;
  }
  const fault = endFault(at, head, cp);
  return fault ? { ok: false, firstBad: fault } : { ok: true, size: at.seq, head: at.hash };
}

/** Verifies the whole stored ledger of a home; see walkLedger. */
export async function verifyHomeLedger(db: Db, homeId: string): Promise<LedgerVerification> {
  return walkLedger(db, homeId);
}
