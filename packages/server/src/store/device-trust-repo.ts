import { sql } from 'kysely';
import type { Db } from './db.js';
import type { ExpectedUploadRow } from './schema-device-trust.js';

// Reads and writes for device trust (migrations/20261202-0004-device-trust.ts). Every limit is enforced by one
// statement in the store (DESIGN.md "Checks are atomic"), never read-then-write in JavaScript.

/**
 * Counts one more occurrence in the device's fixed window for `purpose`, starting a new window when the current one
 * is older than `windowMs`. One upsert: on PostgreSQL the row lock orders concurrent callers, so each sees its own
 * count and exactly one sees any given number. Returns the count including this one.
 */
export async function bumpDeviceWindow(
  db: Db,
  w: { deviceId: string; purpose: 'upload' | 'refusal'; nowIso: string; windowStartCutoffIso: string },
): Promise<{ count: number; windowStart: string }> {
  const expired = sql<boolean>`device_windows.window_start <= ${w.windowStartCutoffIso}`;
  const row = await db
    .insertInto('device_windows')
    .values({ device_id: w.deviceId, purpose: w.purpose, window_start: w.nowIso, count: 1 })
    .onConflict((oc) =>
      oc.columns(['device_id', 'purpose']).doUpdateSet({
        window_start: sql<string>`case when ${expired} then excluded.window_start else device_windows.window_start end`,
        count: sql<number>`case when ${expired} then 1 else device_windows.count + 1 end`,
      }),
    )
    .returning(['count', 'window_start'])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), windowStart: row.window_start };
}

/** Records that the platform sent `record.start` for `session`; a resend for the same session changes nothing. */
export async function expectUpload(
  db: Db,
  e: { id: string; deviceId: string; session: string; commandId: string; at: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('expected_uploads')
    .values({
      id: e.id,
      device_id: e.deviceId,
      session: e.session,
      command_id: e.commandId,
      created_at: e.at,
      expires_at: e.expiresAt,
      sha256: null,
      bytes: null,
      uploaded_at: null,
      check_detail: null,
      media_duration_ms: null,
    })
    .onConflict((oc) => oc.columns(['device_id', 'session']).doNothing())
    .execute();
}

/** The expectation an upload of `sha256` already filled (a retry), if any. */
export async function findFilledUpload(
  db: Db,
  deviceId: string,
  sha256: string,
): Promise<ExpectedUploadRow | undefined> {
  return db
    .selectFrom('expected_uploads')
    .selectAll()
    .where('device_id', '=', deviceId)
    .where('sha256', '=', sha256)
    .executeTakeFirst();
}

/** The open expectation an upload may fill: the one for `session` if named, else the device's oldest open one. */
export async function findOpenUpload(
  db: Db,
  deviceId: string,
  nowIso: string,
  session: string | undefined,
): Promise<ExpectedUploadRow | undefined> {
  let query = db
    .selectFrom('expected_uploads')
    .selectAll()
    .where('device_id', '=', deviceId)
    .where('sha256', 'is', null)
    .where('expires_at', '>', nowIso);
  if (session !== undefined) query = query.where('session', '=', session);
  return query.orderBy('created_at').orderBy('id').limit(1).executeTakeFirst();
}

/** Fills an expectation with the stored bytes and their check, once: false when another upload filled it first. */
export async function fillUpload(
  db: Db,
  f: {
    id: string;
    sha256: string;
    bytes: number;
    at: string;
    checkDetail: string | null;
    mediaDurationMs: number | null;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('expected_uploads')
    .set({
      sha256: f.sha256,
      bytes: f.bytes,
      uploaded_at: f.at,
      check_detail: f.checkDetail,
      media_duration_ms: f.mediaDurationMs,
    })
    .where('id', '=', f.id)
    .where('sha256', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The recording session an expectation belongs to: a later segment's is `<session>#<n>` (expectNextSegment). */
export const sessionOfUpload = (expected: string) => expected.split('#')[0] ?? expected;

/**
 * A camera cuts a long recording into segments of at most a minute or so (docs/protocol.md §5). Once every
 * expectation of `session` is filled, the next segment gets one of its own, `<session>#<n>`, with the first one's
 * request time and expiry, so it is judged against the same recording, and only while the footage so far is shorter
 * than the time since that request. Two uploads racing for it: the unique
 * (device, session) key keeps one row, and `fillUpload` lets one of them fill it; the other is refused and retries.
 */
export async function expectNextSegment(
  db: Db,
  s: { id: string; deviceId: string; session: string; nowIso: string },
): Promise<ExpectedUploadRow | undefined> {
  const rows = (
    await db
      .selectFrom('expected_uploads')
      .selectAll()
      .where('device_id', '=', s.deviceId)
      .where('session', '>=', s.session)
      .where('session', '<', `${s.session}$`)
      .execute()
  ).filter((r) => sessionOfUpload(r.session) === s.session);
  const first = rows.find((r) => r.session === s.session);
  if (!first || first.expires_at <= s.nowIso || rows.some((r) => r.sha256 === null)) return undefined;
  // Another segment is plausible only while the video so far is shorter than the time since the recording was asked
  // for: a camera cannot have more footage of a session than that session has lasted.
  const recordedMs = rows.reduce((sum, r) => sum + Number(r.media_duration_ms ?? 0), 0);
  if (recordedMs >= Date.parse(s.nowIso) - Date.parse(first.created_at)) return undefined;
  const next = `${s.session}#${rows.length}`;
  await expectUpload(db, {
    id: s.id,
    deviceId: s.deviceId,
    session: next,
    commandId: first.command_id,
    at: first.created_at,
    expiresAt: first.expires_at,
  });
  return findOpenUpload(db, s.deviceId, s.nowIso, next);
}

export async function findSessionUpload(db: Db, deviceId: string, session: string) {
  return db
    .selectFrom('expected_uploads')
    .selectAll()
    .where('device_id', '=', deviceId)
    .where('session', '=', session)
    .executeTakeFirst();
}

export async function insertClipCheck(
  db: Db,
  c: { clipId: string; ok: boolean; detail: string | null; at: string },
): Promise<void> {
  await db
    .insertInto('clip_checks')
    .values({ clip_id: c.clipId, ok: c.ok ? 1 : 0, detail: c.detail, checked_at: c.at })
    .execute();
}

export async function findClipCheck(db: Db, clipId: string) {
  return db.selectFrom('clip_checks').selectAll().where('clip_id', '=', clipId).executeTakeFirst();
}

export interface RefusalSummary {
  total: number;
  lastAt: string | null;
  byReason: Record<string, number>;
}

/** Refusal counts by reason for each device (all of them, also those whose rows were trimmed). */
export async function refusalSummaries(db: Db, deviceIds: readonly string[]): Promise<Map<string, RefusalSummary>> {
  const out = new Map<string, RefusalSummary>();
  if (deviceIds.length === 0) return out;
  const rows = await db
    .selectFrom('device_rejection_counts')
    .selectAll()
    .where('device_id', 'in', [...deviceIds])
    .orderBy('reason')
    .execute();
  for (const row of rows) {
    const s = out.get(row.device_id) ?? { total: 0, lastAt: null, byReason: {} };
    const count = Number(row.count);
    s.total += count;
    s.byReason[row.reason] = count;
    if (s.lastAt === null || row.last_at > s.lastAt) s.lastAt = row.last_at;
    out.set(row.device_id, s);
  }
  return out;
}

/** The device's most recent refusals (at most REFUSAL_LIMITS.keepPerDevice are kept), newest first. */
export async function recentRejections(db: Db, deviceId: string, limit: number) {
  return db
    .selectFrom('device_rejections')
    .select(['id', 'topic', 'reason', 'payload', 'at'])
    .where('device_id', '=', deviceId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
