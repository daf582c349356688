import type { DeviceKind, HelloData } from '@threshold/protocol';
import { sql } from 'kysely';
import type { Db, Dialect } from '../store/db.js';
import { CLOCK_STRIKES_OUT_OF_STEP, type DeviceHealth, isClockStrike } from './health.js';

// The gateway's reads and writes on `devices` (refusals: refusals.ts) (STYLE.md, habit 9: plain functions over Db).

export type { RejectionReason } from './refusals.js';

export interface KnownDevice {
  id: string;
  kind: DeviceKind;
  publicKey: string;
}

export async function findKnownDevice(db: Db, id: string): Promise<KnownDevice | null> {
  const row = await db
    .selectFrom('devices')
    .select(['id', 'kind', 'public_key'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { id: row.id, kind: row.kind, publicKey: row.public_key } : null;
}

/** Inserts a device first seen in a verified hello; false when another node inserted it first. */
export async function insertDevice(
  db: Db,
  d: { id: string; hello: HelloData; seq: number; health: DeviceHealth; at: string },
): Promise<boolean> {
  const result = await db
    .insertInto('devices')
    .values({
      id: d.id,
      kind: d.hello.kind,
      public_key: d.hello.publicKey,
      firmware: d.hello.firmware,
      claim_hash: d.hello.claimHash,
      home_id: null,
      access_point_id: null,
      claimed_by: null,
      claimed_at: null,
      last_seq: d.seq,
      online: 1,
      last_seen_at: d.at,
      health: JSON.stringify(d.health),
      created_at: d.at,
      updated_at: d.at,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/**
 * The stored health merged with a patch, in SQL so the merge is part of the one atomic UPDATE. A clock strike (an
 * out-of-bound sample, health.ts) adds one to the strikes in a row, and only at CLOCK_STRIKES_OUT_OF_STEP does its
 * sample become the skew readiness reads: one skewed message cannot lock a door out (docs/protocol.md "Time").
 */
function mergedHealth(dialect: Dialect, patch: DeviceHealth) {
  const json = JSON.stringify(patch);
  if (!isClockStrike(patch)) {
    return dialect === 'sqlite'
      ? sql<string>`json_patch(health, ${json})`
      : sql<string>`(health::jsonb || ${json}::jsonb)::text`;
  }
  const skew = patch.clockLastSkewMs;
  if (dialect === 'sqlite') {
    const strikes = sql`coalesce(json_extract(health, '$.clockStrikes'), 0) + 1`;
    return sql<string>`json_set(json_patch(health, ${json}), '$.clockStrikes', ${strikes}, '$.clockSkewMs',
      case when ${strikes} >= ${CLOCK_STRIKES_OUT_OF_STEP} then ${skew} else json_extract(health, '$.clockSkewMs') end)`;
  }
  const strikes = sql`coalesce((health::jsonb->>'clockStrikes')::int, 0) + 1`;
  return sql<string>`jsonb_set(jsonb_set(health::jsonb || ${json}::jsonb, '{clockStrikes}', to_jsonb(${strikes})),
    '{clockSkewMs}', case when ${strikes} >= ${CLOCK_STRIKES_OUT_OF_STEP} then to_jsonb(${skew}::bigint)
    else coalesce(health::jsonb->'clockSkewMs', 'null'::jsonb) end)::text`;
}

/** What one accepted device message changes on its device's row. */
export interface DeviceUpdate {
  id: string;
  seq: number;
  health: DeviceHealth;
  state?: unknown;
  hello?: HelloData;
  at: string;
}

/**
 * Accepts event `seq` for a device and applies what it says, in one statement: the check-and-set on `last_seq`
 * refuses a replay atomically even with several nodes (docs/protocol.md §3). False when `seq` was not newer.
 */
export async function acceptEvent(db: Db, dialect: Dialect, e: DeviceUpdate, firstSeq = e.seq): Promise<boolean> {
  const result = await db
    .updateTable('devices')
    .set({
      last_seq: e.seq,
      last_seen_at: e.at,
      updated_at: e.at,
      health: mergedHealth(dialect, e.health),
      ...(e.state === undefined ? {} : { state: JSON.stringify(e.state) }),
      ...(e.hello === undefined ? {} : { firmware: e.hello.firmware, online: 1 }),
      // A claim hash is only ever taken from an unclaimed device: a claimed one's is cleared (pairing, §6).
      ...(e.hello === undefined
        ? {}
        : { claim_hash: sql<string | null>`case when home_id is null then ${e.hello.claimHash} else null end` }),
    })
    .where('id', '=', e.id)
    .where('last_seq', '<', firstSeq) // a run of messages `firstSeq`…`e.seq` in one update: accept-batch.ts
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Statements stay well under SQLite's and PostgreSQL's bound-parameter limits. */
const ONLINE_CHUNK = 500;

/**
 * Sets the online flag of several devices (docs/performance.md, "Ten thousand devices"); returns the ids whose flag
 * really changed (a device not registered yet, or already in that state, is left alone and not returned).
 */
export async function writeOnline(db: Db, ids: readonly string[], online: boolean, at: string): Promise<string[]> {
  const changed: string[] = [];
  const flag = online ? 1 : 0;
  for (let i = 0; i < ids.length; i += ONLINE_CHUNK) {
    const rows = await db
      .updateTable('devices')
      .set({ online: flag, last_seen_at: at, updated_at: at })
      .where('id', 'in', ids.slice(i, i + ONLINE_CHUNK))
      .where('online', '<>', flag)
      .returning('id')
      .execute();
    for (const row of rows) changed.push(row.id);
  }
  return changed;
}

/** Devices the store holds online (read once at start: liveness.ts). */
export async function onlineDeviceIds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('devices').select('id').where('online', '=', 1).execute();
  return rows.map((r) => r.id);
}

export async function isOnline(db: Db, id: string): Promise<boolean | null> {
  const row = await db.selectFrom('devices').select('online').where('id', '=', id).executeTakeFirst();
  return row ? row.online === 1 : null;
}
