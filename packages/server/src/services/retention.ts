import type { ClipStore } from '../clips/clip-store.js';
import { ensureRounds, roundHandler } from '../jobs/recurring.js';
import type { JobHandler } from '../jobs/runner.js';
import { isoAt } from '../ports.js';
import { type Db, withTransaction } from '../store/db.js';
import { appendLedger } from '../store/ledger-repo.js';
import type { ServiceDeps } from './deps.js';

// Retention of clips (docs/ledger.md "Retention"). Each home keeps its clip files `clip_retention_days` days (30 unless
// its owner chose 1..365). A recurring job, shared by every node through the jobs table, deletes the files past it;
// the clip's row, its SHA-256 and every ledger entry that names it stay, and a `clip.expired` fact records the
// deletion. A clip whose visit is under a claim that is not closed is kept until the claim closes.

export const RETENTION_JOB = 'clips.expire';
export const RETENTION_PERIOD_MS = 60 * 60_000;
export const CLIP_DAYS = { min: 1, max: 365, default: 30 } as const;
const DAY_MS = 24 * 60 * 60_000;
/** Claims in this state no longer hold their visit's clips (core claim-machine.ts: `closed` is terminal). */
const CLOSED_CLAIM = 'closed';

export type RetentionDeps = ServiceDeps & { clips: ClipStore };

/** Of `clipIds`, those whose visit has a claim that is not closed: their files must stay. */
export async function clipsUnderOpenClaim(db: Db, clipIds: readonly string[]): Promise<Set<string>> {
  if (clipIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('clips as c')
    .innerJoin('claims as k', 'k.visit_id', 'c.visit_id')
    .select('c.id')
    .where('c.id', 'in', [...clipIds])
    .where('k.state', '<>', CLOSED_CLAIM)
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function clipRetentionDays(db: Db, homeId: string): Promise<number> {
  const row = await db.selectFrom('homes').select('clip_retention_days').where('id', '=', homeId).executeTakeFirst();
  return Number(row?.clip_retention_days ?? CLIP_DAYS.default);
}

/** Sets the home's retention; the change is a ledger fact, so what the owner chose, and when, stays on record. */
export async function setClipRetention(
  deps: ServiceDeps,
  homeId: string,
  clipDays: number,
  by: string,
): Promise<number> {
  const at = isoAt(deps.clock.now());
  await withTransaction(deps.db, async (tx) => {
    await tx
      .updateTable('homes')
      .set({ clip_retention_days: clipDays, updated_at: at })
      .where('id', '=', homeId)
      .execute();
    await appendLedger(tx, { homeId, at, kind: 'home.retention_set', subject: homeId, data: { clipDays, by } });
  });
  return clipDays;
}

/** A content-addressed file may back more than one row; it goes only when no stored clip of any home needs it. */
async function fileStillNeeded(db: Db, sha256: string, clipId: string): Promise<boolean> {
  const other = await db
    .selectFrom('clips')
    .select('id')
    .where('sha256', '=', sha256)
    .where('id', '<>', clipId)
    .where('expired_at', 'is', null)
    .executeTakeFirst();
  return other !== undefined;
}

/**
 * Deletes one clip's file and records it. The file goes first: a crash before the row is marked leaves a clip the
 * next round finds again (removing a missing file is harmless), never a row that says "stored" with no file.
 */
export async function expireClip(
  deps: RetentionDeps,
  clip: { id: string; home_id: string; sha256: string },
  reason: { retentionDays: number } | { homeDeleted: true },
): Promise<void> {
  if (!(await fileStillNeeded(deps.db, clip.sha256, clip.id))) await deps.clips.remove(clip.sha256);
  const at = isoAt(deps.clock.now());
  await withTransaction(deps.db, async (tx) => {
    const marked = await tx
      .updateTable('clips')
      .set({ expired_at: at })
      .where('id', '=', clip.id)
      .where('expired_at', 'is', null)
      .executeTakeFirst();
    if (Number(marked.numUpdatedRows) === 0) return; // another node got there first
    await appendLedger(tx, {
      homeId: clip.home_id,
      at,
      kind: 'clip.expired',
      subject: clip.id,
      data: { sha256: clip.sha256, ...reason },
    });
  });
}

/** The clips of live homes stored longer ago than their home's retention and not yet expired. */
async function dueClips(db: Db, now: number) {
  const homes = await db
    .selectFrom('homes')
    .select(['id', 'clip_retention_days'])
    .where('deleted_at', 'is', null)
    .execute();
  const due: { id: string; home_id: string; sha256: string; retentionDays: number }[] = [];
  for (const home of homes) {
    const retentionDays = Number(home.clip_retention_days);
    const rows = await db
      .selectFrom('clips')
      .select(['id', 'home_id', 'sha256'])
      .where('home_id', '=', home.id)
      .where('expired_at', 'is', null)
      .where('created_at', '<', isoAt(now - retentionDays * DAY_MS))
      .execute();
    for (const r of rows) due.push({ id: r.id, home_id: home.id, sha256: r.sha256, retentionDays });
  }
  return due;
}

/** One round of retention: deletes every due clip file not under an open claim; answers the ids it expired. */
export async function expireDueClips(deps: RetentionDeps): Promise<string[]> {
  const due = await dueClips(deps.db, deps.clock.now());
  const held = await clipsUnderOpenClaim(
    deps.db,
    due.map((c) => c.id),
  );
  const expired: string[] = [];
  for (const clip of due) {
    if (held.has(clip.id)) continue;
    await expireClip(deps, clip, { retentionDays: clip.retentionDays });
    expired.push(clip.id);
  }
  return expired;
}

/** Starts the recurring retention job unless a node already did (a restart must not postpone it). */
export async function ensureRetentionSchedule(deps: ServiceDeps): Promise<void> {
  await ensureRounds(deps, RETENTION_JOB, RETENTION_PERIOD_MS);
}

export function retentionJobHandlers(deps: RetentionDeps): Record<string, JobHandler> {
  return roundHandler(deps, RETENTION_JOB, RETENTION_PERIOD_MS, () => expireDueClips(deps));
}
