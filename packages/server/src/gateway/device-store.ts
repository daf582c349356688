import type { DeviceKind, HelloData } from '@threshold/protocol';
import { sql } from 'kysely';
import { type Db, type Dialect, withTransaction } from '../store/db.js';
import type { Device } from '../store/schema.js';
import { CLOCK_STRIKES_OUT_OF_STEP, type DeviceHealth, isClockStrike } from './health.js';
import { batchPerTurn } from './turn-batch.js';

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

/** A device first seen in a verified hello. */
export interface NewDevice {
  id: string;
  hello: HelloData;
  seq: number;
  health: DeviceHealth;
  at: string;
}

/** Rows per INSERT: 15 values a row stays well under SQLite's and PostgreSQL's bound-parameter limits. */
const INSERT_CHUNK = 200;

function deviceRow(d: NewDevice) {
  return {
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
  };
}

/** Inserts devices in one statement per chunk; the ids really inserted (an id another node inserted first is not). */
async function insertDeviceRows(db: Db, devices: readonly NewDevice[]): Promise<Set<string>> {
  const inserted = new Set<string>();
  for (let i = 0; i < devices.length; i += INSERT_CHUNK) {
    const rows = await db
      .insertInto('devices')
      .values(devices.slice(i, i + INSERT_CHUNK).map(deviceRow))
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    for (const row of rows) inserted.add(row.id);
  }
  return inserted;
}

/**
 * Registrations commit in groups (docs/performance.md, "Connect cost, second round"), as accepted messages do
 * (accept-batch.ts): the hellos of new devices that reach this point in one turn of the event loop are inserted
 * together, one commit and one fsync for all, and each caller hears its verdict only after that commit, so nothing
 * tells of a device the store could still lose. A group that fails is retried one device at a time, so one bad row
 * cannot refuse the others.
 */
function groupedInserts(db: Db): (device: NewDevice) => Promise<boolean> {
  return batchPerTurn<NewDevice, boolean>(async (devices) => {
    let inserted: Set<string>;
    try {
      inserted =
        devices.length <= INSERT_CHUNK
          ? await insertDeviceRows(db, devices)
          : await withTransaction(db, (tx) => insertDeviceRows(tx, devices));
    } catch {
      const one = (d: NewDevice) => insertDeviceRows(db, [d]).then((ids) => ids.has(d.id));
      const outcomes: PromiseSettledResult<boolean>[] = [];
      for (const d of devices) outcomes.push(...(await Promise.allSettled([one(d)])));
      return outcomes;
    }
    // The same id twice in one group (never from one node: a device's messages are handled in order): the first wins.
    return devices.map((d) => ({ status: 'fulfilled', value: inserted.delete(d.id) }));
  });
}

/** One group of registrations per database (the platform's store; a test's own). */
const registrations = new WeakMap<Db, (device: NewDevice) => Promise<boolean>>();

/**
 * Inserts a device first seen in a verified hello, in the next group of registrations; resolves once committed. False
 * when another node inserted it first. Inside a transaction it is inserted there: the caller's commit decides.
 */
export async function insertDevice(db: Db, d: NewDevice): Promise<boolean> {
  if (db.isTransaction) return (await insertDeviceRows(db, [d])).has(d.id);
  let group = registrations.get(db);
  if (!group) {
    group = groupedInserts(db);
    registrations.set(db, group);
  }
  return group(d);
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

/** A device's row as the statement that accepted a message left it, less its `state` (of any size). */
export type AcceptedRow = Omit<Device, 'state'>;

const ACCEPTED_COLUMNS = [
  'id',
  'kind',
  'public_key',
  'firmware',
  'claim_hash',
  'home_id',
  'access_point_id',
  'claimed_by',
  'claimed_at',
  'last_seq',
  'online',
  'last_seen_at',
  'health',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof AcceptedRow)[];

/** What one accepted device message changes on its device's row. */
export interface DeviceUpdate {
  id: string;
  seq: number;
  health: DeviceHealth;
  state?: unknown;
  hello?: HelloData;
  at: string;
  /** Hears the row the accepting statement left, before its commit (so only once the commit succeeds is it true). */
  returned?: ((row: AcceptedRow) => void) | undefined;
}

/**
 * Accepts event `seq` for a device and applies what it says, in one statement: the check-and-set on `last_seq`
 * refuses a replay atomically even with several nodes (docs/protocol.md §3). False when `seq` was not newer. The row
 * it leaves goes to `e.returned`: what follows the message on the bus then needs no read of it (ingest.ts).
 */
export async function acceptEvent(db: Db, dialect: Dialect, e: DeviceUpdate, firstSeq = e.seq): Promise<boolean> {
  const row = await db
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
    .returning(ACCEPTED_COLUMNS)
    .executeTakeFirst();
  if (!row) return false;
  e.returned?.(row);
  return true;
}

/** Statements stay well under SQLite's and PostgreSQL's bound-parameter limits. */
const ONLINE_CHUNK = 500;

/**
 * Sets the online flag of several devices (docs/performance.md, "Ten thousand devices"); returns the ids whose flag
 * really changed. On PostgreSQL the rows are locked in id order first, the order a group of accepted messages locks
 * them in (accept-batch.ts): one UPDATE over many ids otherwise locks them in the order it scans the table, and
 * against a group committing at the same time that is a deadlock, which PostgreSQL ends by failing one of the two.
 */
export async function writeOnline(
  db: Db,
  dialect: Dialect,
  ids: readonly string[],
  online: boolean,
  at: string,
): Promise<string[]> {
  const changed: string[] = [];
  const flag = online ? 1 : 0;
  for (let i = 0; i < ids.length; i += ONLINE_CHUNK) {
    const chunk = ids.slice(i, i + ONLINE_CHUNK);
    const rows = await db
      .updateTable('devices')
      .set({ online: flag, last_seen_at: at, updated_at: at })
      .where('id', 'in', dialect === 'postgres' ? lockedInOrder(db, chunk, flag) : chunk)
      .where('online', '<>', flag)
      .returning('id')
      .execute();
    for (const row of rows) changed.push(row.id);
  }
  return changed;
}

/** The ids among `ids` whose flag differs from `flag`, their rows locked in id order (PostgreSQL only). */
function lockedInOrder(db: Db, ids: readonly string[], flag: number) {
  return db
    .selectFrom('devices')
    .select('id')
    .where('id', 'in', ids)
    .where('online', '<>', flag)
    .orderBy('id')
    .forUpdate();
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
