import { sql } from 'kysely';
import type { GatewayLog } from '../gateway/log.js';
import { type DeviceOwnership, PARTITIONS } from '../gateway/ownership.js';
import type { Db } from '../store/db.js';

// Leases on device partitions in PostgreSQL (docs/decisions.md "Several nodes: device partitions"). Every heartbeat a
// node says it is alive, renews the leases it holds, and moves towards its fair share (partitions ÷ live nodes):
// it takes partitions whose lease ran out (a node died, or gave them back) and gives back what it holds above its
// share (a node joined). Times are the database's clock, so the nodes' clocks never have to agree; a node stops
// handling a partition locally a heartbeat before its lease could run out in the database.

export interface PartitionLeaseOptions {
  db: Db;
  nodeId: string;
  ownership: DeviceOwnership;
  log: GatewayLog;
  /** How often leases are renewed. Default 1 s. */
  heartbeatMs?: number;
  /** How long a lease lives unrenewed: a dead node's devices move within ttl + 2 heartbeats. Default 5 s. */
  ttlMs?: number;
}

export interface PartitionLeases {
  /** Takes this node's first share before the gateway connects. */
  start(): Promise<void>;
  /** Finishes what is under way and gives every lease back, so the others take over at their next heartbeat. */
  stop(): Promise<void>;
}

/** The database's clock in milliseconds since the epoch. */
const DB_NOW = sql<number>`(extract(epoch from clock_timestamp()) * 1000)::bigint`;

/** Nodes unheard of for this long are forgotten (their leases ran out long before). */
const FORGET_NODE_MS = 60_000;

export function partitionLeases(o: PartitionLeaseOptions): PartitionLeases {
  const { db, nodeId, ownership, log } = o;
  const heartbeatMs = o.heartbeatMs ?? 1_000;
  const ttlMs = o.ttlMs ?? 5_000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  async function liveNodes(): Promise<number> {
    await sql`insert into cluster_nodes (node_id, alive_until) values (${nodeId}, ${DB_NOW} + ${ttlMs})
      on conflict (node_id) do update set alive_until = excluded.alive_until`.execute(db);
    await sql`delete from cluster_nodes where alive_until < ${DB_NOW} - ${FORGET_NODE_MS}`.execute(db);
    const { rows } = await sql<{ n: string }>`select count(*) as n from cluster_nodes
      where alive_until > ${DB_NOW}`.execute(db);
    return Math.max(1, Number(rows[0]?.n ?? 1));
  }

  /** Renews every lease this node holds, even one that ran out if nobody took it meanwhile (a restart). */
  async function renew(): Promise<number[]> {
    const { rows } = await sql<{ partition: number }>`update device_partitions set lease_until = ${DB_NOW} + ${ttlMs}
      where owner = ${nodeId} returning partition`.execute(db);
    return rows.map((r) => r.partition);
  }

  /** Takes up to `count` partitions whose lease ran out; SKIP LOCKED keeps two nodes from waiting on one row. */
  async function take(count: number): Promise<number[]> {
    const { rows } = await sql<{ partition: number }>`update device_partitions
      set owner = ${nodeId}, lease_until = ${DB_NOW} + ${ttlMs}
      where partition in (select partition from device_partitions where lease_until < ${DB_NOW}
        order by random() limit ${count} for update skip locked)
      returning partition`.execute(db);
    return rows.map((r) => r.partition);
  }

  async function giveBack(partitions: readonly number[]): Promise<void> {
    if (partitions.length === 0) return;
    await ownership.revoke(partitions); // stop at once, and let what is under way finish before anyone takes over
    await sql`update device_partitions set owner = null, lease_until = 0
      where owner = ${nodeId} and partition in (${sql.join(partitions)})`.execute(db);
  }

  async function lastSeqs(deviceIds: readonly string[]): Promise<Map<string, number>> {
    if (deviceIds.length === 0) return new Map();
    const rows = await db.selectFrom('devices').select(['id', 'last_seq']).where('id', 'in', deviceIds).execute();
    return new Map(rows.map((r) => [r.id, Number(r.last_seq)]));
  }

  async function tick(): Promise<void> {
    const deadline = performance.now() + ttlMs - heartbeatMs;
    const share = Math.ceil(PARTITIONS / (await liveNodes()));
    const held = await renew();
    const before = new Set(ownership.owned());
    if (held.length > share) {
      ownership.grant(held.slice(0, share), deadline);
      await giveBack(held.slice(share));
      return;
    }
    const taken = held.length < share ? await take(share - held.length) : [];
    const all = [...held, ...taken];
    const fresh = all.filter((p) => !before.has(p));
    // What the previous owner accepted is read after the lease is ours: it can accept nothing more.
    ownership.grant(all, deadline, await lastSeqs(ownership.heldDevices(fresh)));
    if (taken.length > 0) log.info({ nodeId, taken, owned: all.length }, 'device partitions taken');
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().catch((error: unknown) => log.error({ err: String(error), nodeId }, 'partition lease tick'));
      void running.then(schedule);
    }, heartbeatMs);
  }

  return {
    async start() {
      await tick();
      schedule();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await giveBack(ownership.owned());
      await sql`delete from cluster_nodes where node_id = ${nodeId}`.execute(db);
    },
  };
}
