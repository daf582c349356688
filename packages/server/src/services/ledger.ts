import {
  buildBundle,
  type Checkpoint,
  checkpointPayload,
  type EvidenceBundle,
  merkleRoot,
  type UnsignedCheckpoint,
} from '@threshold/core';
import { type PlatformSigner, signBytes } from '@threshold/protocol';
import { isoAt } from '../ports.js';
import { findCheckpoint, insertCheckpoint, ledgerEntriesFor, readLedgerRange } from '../store/ledger-repo.js';
import type { ServiceDeps } from './deps.js';
import { fail, type Outcome } from './failure.js';
import { walkLedger } from './ledger-verify.js';
import { platformKeys } from './platform-keys.js';

export { type LedgerFault, type LedgerProblem, type LedgerVerification, verifyHomeLedger } from './ledger-verify.js';

/** `signer` defaults to the newest platform key (services/platform-keys.ts). */
export type LedgerDeps = ServiceDeps & { signer?: PlatformSigner };

async function signerOf(deps: LedgerDeps): Promise<PlatformSigner> {
  return deps.signer ?? (await platformKeys(deps.db, deps)).signer;
}

/**
 * Signs the home's ledger as it stands (DESIGN.md "Ledger": CT-style checkpoints). The ledger is verified first, so
 * the platform never vouches for a chain that does not hold; a failure names the first bad entry. Only the entry
 * hashes are kept for the Merkle root.
 */
export async function checkpointHome(deps: LedgerDeps, homeId: string): Promise<Outcome<Checkpoint>> {
  const hashes: string[] = [];
  const walk = await walkLedger(deps.db, homeId, (page) => {
    for (const entry of page) hashes.push(entry.hash);
  });
  if (!walk.ok) {
    const { seq, problem } = walk.firstBad;
    return fail('conflict', `The ledger fails verification at entry ${seq} (${problem})`, { firstBad: walk.firstBad });
  }
  const existing = await findCheckpoint(deps.db, homeId, walk.size);
  if (existing?.treeSize === walk.size) return { ok: true, value: existing };
  const signer = await signerOf(deps);
  const unsigned: UnsignedCheckpoint = {
    homeId,
    treeSize: walk.size,
    rootHash: merkleRoot(hashes),
    headHash: walk.head,
    at: isoAt(deps.clock.now()),
    kid: signer.kid,
  };
  await insertCheckpoint(deps.db, { ...unsigned, sig: signBytes(signer.privateKey, checkpointPayload(unsigned)) });
  // Read back: if another node signed the same size first, its checkpoint is the one on record.
  const stored = await findCheckpoint(deps.db, homeId, walk.size);
  return stored ? { ok: true, value: stored } : fail('conflict', 'The checkpoint could not be stored');
}

export async function latestCheckpoint(deps: Pick<ServiceDeps, 'db'>, homeId: string): Promise<Outcome<Checkpoint>> {
  const cp = await findCheckpoint(deps.db, homeId);
  return cp ? { ok: true, value: cp } : fail('not-found', 'This home has no checkpoint yet');
}

/** The entries a visit's evidence consists of: those about the visit and those about its clips (recorded, viewed). */
async function visitSubjects(deps: Pick<ServiceDeps, 'db'>, visitId: string): Promise<string[]> {
  const clips = await deps.db.selectFrom('clips').select('id').where('visit_id', '=', visitId).execute();
  return [visitId, ...clips.map((c) => c.id)];
}

/**
 * A visit's evidence bundle (DESIGN.md "Ledger"): its entries, their inclusion proofs against a signed checkpoint
 * that covers them (signed now when none does yet) and the clip hashes they record. Anyone can check it offline
 * with core's verifyBundle and the keys of GET /v1/platform/keys.
 */
export async function evidenceBundle(deps: LedgerDeps, visitId: string): Promise<Outcome<EvidenceBundle>> {
  const visit = await deps.db.selectFrom('visits').select('home_id').where('id', '=', visitId).executeTakeFirst();
  if (!visit) return fail('not-found', 'No such visit');
  const homeId = visit.home_id;
  const entries = await ledgerEntriesFor(deps.db, homeId, await visitSubjects(deps, visitId));
  const last = entries.at(-1);
  if (!last) return fail('not-found', 'The visit has no ledger entries yet');
  const covering = await findCheckpoint(deps.db, homeId, last.seq);
  const checkpoint = covering ? { ok: true as const, value: covering } : await checkpointHome(deps, homeId);
  if (!checkpoint.ok) return checkpoint;
  const ledger = await readLedgerRange(deps.db, homeId, 1, checkpoint.value.treeSize);
  const bundle = buildBundle(
    ledger,
    checkpoint.value,
    entries.map((e) => e.seq),
  );
  if (bundle.ok) return bundle;
  return fail('conflict', `The ledger does not match its checkpoint (${bundle.error.problem})`, { ...bundle.error });
}
