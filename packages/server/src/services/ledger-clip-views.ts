import type { LedgerEntry } from '@threshold/core';
import type { Principal } from '../policy.js';
import { isoAt } from '../ports.js';
import { withTransaction } from '../store/db.js';
import { appendLedger, ledgerEntriesFor } from '../store/ledger-repo.js';
import type { ServiceDeps } from './deps.js';
import { fail, type Outcome } from './failure.js';
import { type HomeReader, readableOwner } from './ledger-access.js';
import { operatorClipReader } from './lockers/clips.js';

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

/**
 * The clip, when the principal may watch it (readableHome: members of its home, staff with a purpose for its visit;
 * for a locker site camera's clip also the operator's members, lockers/clips.ts); others are told "not found". Staff without a purpose are refused with `purpose-required`, and the refusal is a
 * `clip.view_refused` fact in the home's ledger (once per person, clip and VIEW_WINDOW_MS).
 */
export async function viewableClip(
  deps: ServiceDeps,
  principal: Principal,
  clipId: string,
): Promise<Outcome<ViewableClip>> {
  const clip = await deps.db
    .selectFrom('clips')
    .select(['id', 'home_id as homeId', 'visit_id as visitId', 'sha256', 'bytes', 'device_id as deviceId', 'session'])
    .where('id', '=', clipId)
    .executeTakeFirst();
  const owner = await readableOwner(deps, principal, clip, 'clip');
  if (!owner.ok && owner.error.code === 'forbidden' && clip?.homeId && principal.kind === 'user') {
    await recordLook(deps, { ...clip, homeId: clip.homeId }, principal.userId, 'clip.view_refused', {
      reason: owner.error.detail,
    });
    return fail('purpose-required', owner.error.detail);
  }
  // A locker site camera's clip is also its operator's to see (docs/lockers.md "The site camera").
  const reader = owner.ok || !clip ? owner : await operatorClipReader(deps, principal, clip);
  if (!reader.ok) return reader.error.code === 'forbidden' ? reader : fail('not-found', 'No such clip');
  if (!clip?.homeId) return fail('not-found', 'No such clip');
  const { deviceId: _device, session: _session, ...seen } = clip;
  return { ok: true, value: { ...seen, homeId: clip.homeId, bytes: Number(clip.bytes), reader: reader.value } };
}

const lookedBy = (entry: LedgerEntry, kind: string, userId: string, since: string) =>
  entry.kind === kind && entry.at >= since && (entry.data.viewer as { userId?: unknown })?.userId === userId;

type LookedAt = Pick<ViewableClip, 'id' | 'homeId' | 'visitId' | 'sha256'>;

/** Appends a look (or a refused one) unless the same person's was logged within VIEW_WINDOW_MS; null when it was. */
async function recordLook(
  deps: ServiceDeps,
  clip: LookedAt,
  userId: string,
  kind: 'clip.viewed' | 'clip.view_refused',
  viewer: Record<string, unknown>,
): Promise<LedgerEntry | null> {
  const now = deps.clock.now();
  return withTransaction(deps.db, async (tx) => {
    const recent = await ledgerEntriesFor(tx, clip.homeId, clip.id);
    if (recent.some((e) => lookedBy(e, kind, userId, isoAt(now - VIEW_WINDOW_MS)))) return null;
    return appendLedger(tx, {
      homeId: clip.homeId,
      at: isoAt(now),
      kind,
      subject: clip.id,
      data: { clip: { id: clip.id, sha256: clip.sha256 }, visitId: clip.visitId, viewer: { userId, ...viewer } },
    });
  });
}

/**
 * Appends `clip.viewed` (who, in which capacity, for staff why: the claim or the consent, when) to the home's ledger
 * unless the same viewer's look at the same clip was logged within VIEW_WINDOW_MS. Returns the new entry, or null
 * when the look was already on record.
 */
export async function recordClipView(
  deps: ServiceDeps,
  clip: ViewableClip,
  userId: string,
): Promise<LedgerEntry | null> {
  const { as, purpose } = clip.reader;
  return recordLook(deps, clip, userId, 'clip.viewed', purpose ? { as, ...purpose } : { as });
}

/** One look at a clip as the customer's visit page lists it: who (the household or support), why, when. */
export interface ClipLook {
  by: 'Household' | 'Support';
  clipId: string;
  claimId: string | null;
  consentId: string | null;
  at: string;
}

/** The looks at a visit's clips, from its timeline (`clip.viewed` facts), oldest first. */
export function clipLooks(
  timeline: readonly { kind: string; at: string; data: Record<string, unknown> }[],
): ClipLook[] {
  return timeline
    .filter((e) => e.kind === 'clip.viewed')
    .map((e) => {
      const viewer = (e.data.viewer ?? {}) as { as?: unknown; claimId?: unknown; consentId?: unknown };
      const clip = (e.data.clip ?? {}) as { id?: unknown };
      return {
        by: viewer.as === 'staff' ? ('Support' as const) : ('Household' as const),
        clipId: String(clip.id ?? ''),
        claimId: typeof viewer.claimId === 'string' ? viewer.claimId : null,
        consentId: typeof viewer.consentId === 'string' ? viewer.consentId : null,
        at: e.at,
      };
    });
}

/** A staff member's download of a visit's evidence bundle, logged like a look at a clip (members' are not logged). */
export async function recordEvidenceLook(
  deps: ServiceDeps,
  reader: HomeReader,
  visitId: string,
  userId: string,
): Promise<LedgerEntry | null> {
  if (reader.as !== 'staff' || reader.purpose === null) return null;
  return withTransaction(deps.db, (tx) =>
    appendLedger(tx, {
      homeId: reader.homeId,
      at: isoAt(deps.clock.now()),
      kind: 'evidence.viewed',
      subject: visitId,
      data: { visitId, viewer: { userId, as: reader.as, ...reader.purpose } },
    }),
  );
}
