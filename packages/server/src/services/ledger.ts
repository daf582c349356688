import { buildBundle, type Checkpoint, checkpointPayload, merkleRoot, type UnsignedCheckpoint } from '@threshold/core';
import { type PlatformSigner, signBytes } from '@threshold/protocol';
import { isoAt } from '../ports.js';
import { findCheckpoint, insertCheckpoint, ledgerEntriesFor, readLedgerRange } from '../store/ledger-repo.js';
import type { ServiceDeps } from './deps.js';
import { fail, type Outcome } from './failure.js';
import { evidenceExtras, type VisitEvidence } from './ledger-evidence.js';
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

/** The checkpoint a bundle is proven against: the smallest covering `minSize` entries, signed now when none does. */
async function coveringCheckpoint(deps: LedgerDeps, homeId: string, minSize: number): Promise<Outcome<Checkpoint>> {
  const covering = await findCheckpoint(deps.db, homeId, minSize);
  return covering ? { ok: true, value: covering } : checkpointHome(deps, homeId);
}

/**
 * A visit's evidence bundle (DESIGN.md "Ledger"; docs/ledger.md §7): its entries, their inclusion proofs against a
 * signed checkpoint that covers them (signed now when none does yet), the clip hashes they record, the platform's
 * signed statement of which entries the visit has, each clip's signed event from its camera, and the platform keys.
 * With `since` (the size of a checkpoint the customer kept), the checkpoint covers it too and the bundle carries the
 * consistency proof from it. Anyone can check it offline with `threshold-verify` (packages/verify).
 */
export async function evidenceBundle(
  deps: LedgerDeps,
  visitId: string,
  options: { since?: number | undefined } = {},
): Promise<Outcome<VisitEvidence>> {
  const visit = await deps.db.selectFrom('visits').select('home_id').where('id', '=', visitId).executeTakeFirst();
  if (!visit) return fail('not-found', 'No such visit');
  const homeId = visit.home_id;
  const subjects = await visitSubjects(deps, visitId);
  const entries = await ledgerEntriesFor(deps.db, homeId, subjects);
  const last = entries.at(-1);
  if (!last) return fail('not-found', 'The visit has no ledger entries yet');
  const checkpoint = await coveringCheckpoint(deps, homeId, Math.max(last.seq, options.since ?? 0));
  if (!checkpoint.ok) return checkpoint;
  const { treeSize } = checkpoint.value;
  if (options.since !== undefined && options.since > treeSize) {
    return fail('not-found', `The ledger has no checkpoint of ${options.since} entries or more`);
  }
  const ledger = await readLedgerRange(deps.db, homeId, 1, treeSize);
  const covered = entries.filter((e) => e.seq <= treeSize);
  const bundle = buildBundle(
    ledger,
    checkpoint.value,
    covered.map((e) => e.seq),
  );
  if (!bundle.ok) {
    return fail('conflict', `The ledger does not match its checkpoint (${bundle.error.problem})`, { ...bundle.error });
  }
  const hashes = ledger.map((e) => e.hash);
  const extras = { bundle: bundle.value, visitId, subjects, hashes, since: options.since };
  return { ok: true, value: await evidenceExtras(deps, await signerOf(deps), extras) };
}
