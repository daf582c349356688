import type { LedgerEntry } from '@threshold/core';
import type { Principal } from '../policy.js';
import { isoAt } from '../ports.js';
import { withTransaction } from '../store/db.js';
import { appendLedger, ledgerEntriesFor } from '../store/ledger-repo.js';
import type { ServiceDeps } from './deps.js';
import { fail, type Outcome } from './failure.js';
import { type HomeReader, readableOwner } from './ledger-access.js';

// DESIGN.md "Who uses it": every look at a customer's video is itself logged and visible to that customer. A player
// fetches a clip in many range requests; one look is one entry per viewer and clip within VIEW_WINDOW_MS.

export const VIEW_WINDOW_MS = 10 * 60_000;

export interface ViewableClip {
  id: string;
  homeId: string;
  visitId: string | null;
  sha256: string;
  bytes: number;
  reader: HomeReader;
}

/** The clip, when the principal may watch it (readableHome: members of its home); others are told "not found". */
export async function viewableClip(
  deps: Pick<ServiceDeps, 'db'>,
  principal: Principal,
  clipId: string,
): Promise<Outcome<ViewableClip>> {
  const clip = await deps.db
    .selectFrom('clips')
    .select(['id', 'home_id as homeId', 'visit_id as visitId', 'sha256', 'bytes'])
    .where('id', '=', clipId)
    .executeTakeFirst();
  const reader = await readableOwner(deps, principal, clip, 'clip');
  if (!reader.ok || !clip?.homeId) return fail('not-found', 'No such clip');
  return { ok: true, value: { ...clip, homeId: clip.homeId, bytes: Number(clip.bytes), reader: reader.value } };
}

const viewedBy = (entry: LedgerEntry, userId: string, since: string) =>
  entry.kind === 'clip.viewed' && entry.at >= since && (entry.data.viewer as { userId?: unknown })?.userId === userId;

/**
 * Appends `clip.viewed` (who, in which capacity, when) to the home's ledger unless the same viewer's look at the same
 * clip was logged within VIEW_WINDOW_MS. Returns the new entry, or null when the look was already on record.
 */
export async function recordClipView(
  deps: ServiceDeps,
  clip: ViewableClip,
  userId: string,
): Promise<LedgerEntry | null> {
  const now = deps.clock.now();
  return withTransaction(deps.db, async (tx) => {
    const recent = await ledgerEntriesFor(tx, clip.homeId, clip.id);
    if (recent.some((e) => viewedBy(e, userId, isoAt(now - VIEW_WINDOW_MS)))) return null;
    return appendLedger(tx, {
      homeId: clip.homeId,
      at: isoAt(now),
      kind: 'clip.viewed',
      subject: clip.id,
      data: {
        clip: { id: clip.id, sha256: clip.sha256 },
        visitId: clip.visitId,
        viewer: { userId, as: clip.reader.as },
      },
    });
  });
}
