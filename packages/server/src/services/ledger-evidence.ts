import {
  type Checkpoint,
  CLIP_STORED,
  consistencyProof,
  type EvidenceBundle,
  type LedgerEntry,
  type UnsignedVisitStatement,
  type VisitStatement,
  visitStatementPayload,
} from '@threshold/core';
import { type PlatformSigner, signBytes } from '@threshold/protocol';
import { isoAt } from '../ports.js';
import type { Db } from '../store/db.js';
import { checkpointOfRow, readLedgerRange } from '../store/ledger-repo.js';
import type { ServiceDeps } from './deps.js';
import { fail, type Outcome } from './failure.js';
import { type PublicPlatformKey, platformPublicKeys } from './ledger-access.js';

// What a visit's evidence bundle carries besides entries and proofs, so it stands on its own (docs/ledger.md §7):
// the platform's signed statement of which entries the visit has, each stored clip's signed event from the camera
// with the camera's key as pinned at pairing, the platform keys, and on request a consistency proof from a
// checkpoint the customer kept.

/** The camera's own signed `clip` event for a stored clip, and the camera key it verifies with. */
export type CameraClipEvent = { clipId: string; deviceId: string; publicKey: string; event: Record<string, unknown> };
/** RFC 9162 §2.1.4 proof that the tree of `toSize` entries extends the tree of `fromSize` entries. */
export type ConsistencyProof = { fromSize: number; toSize: number; proof: string[] };

export type VisitEvidence = EvidenceBundle & {
  visit: VisitStatement;
  cameraEvents: CameraClipEvent[];
  keys: PublicPlatformKey[];
  consistency?: ConsistencyProof;
};

/** The signed `clip` events of the clips the bundled `clip.stored` entries record (clips stored before 0008 have none). */
export async function cameraEventsOf(db: Db, entries: readonly LedgerEntry[]): Promise<CameraClipEvent[]> {
  const ids = entries.filter((e) => e.kind === CLIP_STORED && e.subject).map((e) => e.subject!);
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('clips')
    .select(['id', 'device_id', 'device_event', 'device_key'])
    .where('id', 'in', ids)
    .orderBy('id')
    .execute();
  return rows.flatMap((r) =>
    r.device_event && r.device_key
      ? [{ clipId: r.id, deviceId: r.device_id, publicKey: r.device_key, event: JSON.parse(r.device_event) }]
      : [],
  );
}

/** Signs the statement of which entries of the checkpoint's tree are the visit's (core's visitStatementPayload). */
export function signVisitStatement(
  signer: PlatformSigner,
  at: number,
  fields: { visitId: string; subjects: string[]; entries: readonly LedgerEntry[]; checkpoint: Checkpoint },
): VisitStatement {
  const { visitId, subjects, entries, checkpoint } = fields;
  const unsigned: UnsignedVisitStatement = {
    homeId: checkpoint.homeId,
    visitId,
    subjects,
    entryCount: entries.length,
    firstSeq: entries[0]?.seq ?? 0,
    lastSeq: entries.at(-1)?.seq ?? 0,
    treeSize: checkpoint.treeSize,
    rootHash: checkpoint.rootHash,
    at: isoAt(at),
    kid: signer.kid,
  };
  return { ...unsigned, sig: signBytes(signer.privateKey, visitStatementPayload(unsigned)) };
}

/** The bundle's extras, given the ledger `hashes` 1…treeSize it was built from. */
export async function evidenceExtras(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  signer: PlatformSigner,
  built: { bundle: EvidenceBundle; visitId: string; subjects: string[]; hashes: string[]; since?: number | undefined },
): Promise<VisitEvidence> {
  const { bundle, visitId, subjects, hashes, since } = built;
  const visit = signVisitStatement(signer, deps.clock.now(), {
    visitId,
    subjects,
    entries: bundle.entries,
    checkpoint: bundle.checkpoint,
  });
  const evidence: VisitEvidence = {
    ...bundle,
    visit,
    cameraEvents: await cameraEventsOf(deps.db, bundle.entries),
    keys: await platformPublicKeys(deps.db),
  };
  if (since === undefined) return evidence;
  const proof = consistencyProof(hashes, since);
  return proof.ok
    ? { ...evidence, consistency: { fromSize: since, toSize: hashes.length, proof: proof.value } }
    : evidence;
}

/** Consistency proof between two sizes of the home's ledger (both at most its head; `from` ≤ `to`). */
export async function ledgerConsistency(
  deps: Pick<ServiceDeps, 'db'>,
  homeId: string,
  from: number,
  to: number,
): Promise<Outcome<ConsistencyProof>> {
  if (from > to) return fail('validation', '`from` must not be greater than `to`');
  const ledger = await readLedgerRange(deps.db, homeId, 1, to);
  if (ledger.length < to) return fail('not-found', `The ledger has ${ledger.length} entries, not ${to}`);
  const proof = consistencyProof(
    ledger.map((e) => e.hash),
    from,
  );
  return proof.ok
    ? { ok: true, value: { fromSize: from, toSize: to, proof: proof.value } }
    : fail('validation', proof.error);
}

/** One page of the home's checkpoints, oldest first; the cursor is the last tree size seen (opaque to callers). */
export async function checkpointHistory(
  deps: Pick<ServiceDeps, 'db'>,
  homeId: string,
  page: { after?: string | undefined; limit: number },
): Promise<Outcome<{ items: Checkpoint[]; nextCursor: string | null }>> {
  if (page.after !== undefined && !/^\d{1,15}$/.test(page.after)) return fail('validation', 'Unknown cursor');
  const rows = await deps.db
    .selectFrom('ledger_checkpoints')
    .selectAll()
    .where('home_id', '=', homeId)
    .where('tree_size', '>', Number(page.after ?? -1))
    .orderBy('tree_size')
    .limit(page.limit + 1)
    .execute();
  const items = rows.slice(0, page.limit).map(checkpointOfRow);
  const last = items.at(-1);
  return { ok: true, value: { items, nextCursor: rows.length > page.limit && last ? String(last.treeSize) : null } };
}
