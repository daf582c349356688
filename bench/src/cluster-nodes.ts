import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PARTITIONS } from '@threshold/server/gateway/ownership';
import pg from 'pg';
import { freePort } from './free-port.js';

// Real platform nodes for `npm run bench -- cluster` (cluster-bench.ts): each a plain `node packages/server/dist/main.js`
// with its own NODE_ID and port, as `npm run start:cluster` starts them (one after another, so the first runs the
// migrations alone, all sharing one data folder), on a database the benchmark creates for itself and drops.
// Every process started here is remembered by pid, so that a failure or Ctrl-C still ends each one.

const MAIN = createRequire(import.meta.url).resolve('@threshold/server/main');
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

/** Processes this run started and has not seen exit: killed by pid on any way out. */
const started = new Set<ChildProcess>();

export function remember(child: ChildProcess): void {
  started.add(child);
  child.once('exit', () => started.delete(child));
}

/** SIGKILL to every process still running that this run started (the last resort on SIGINT or an error). */
export function killStarted(): void {
  for (const child of started) if (child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
}

export interface BenchDatabase {
  url: string;
  name: string;
  query<T extends pg.QueryResultRow>(text: string): Promise<T[]>;
  drop(): Promise<void>;
}

/** A database named `threshold_bench_cluster_<random>` on the server of `adminUrl`; `drop` removes only it. */
export async function createBenchDatabase(adminUrl: string): Promise<BenchDatabase> {
  const name = `threshold_bench_cluster_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
  return {
    url: url.toString(),
    name,
    query: async (text) => (await pool.query(text)).rows,
    async drop() {
      await pool.end();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export interface BenchNode {
  nodeId: string;
  base: string;
  child: ChildProcess;
}

export interface Cluster {
  nodes: BenchNode[];
  stop(): Promise<void>;
}

async function whenReady(node: BenchNode): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (node.child.exitCode !== null || node.child.signalCode !== null) {
      throw new Error(`${node.nodeId} exited (${node.child.signalCode ?? node.child.exitCode}) before it was ready`);
    }
    const ready = await fetch(`${node.base}/readyz`).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${node.nodeId} not ready within ${READY_TIMEOUT_MS} ms`);
}

function stopNode(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** `count` nodes on `db` and the broker at `mqttUrl`, each ready (`/readyz`) before the next starts. */
export async function startCluster(count: number, db: BenchDatabase, mqttUrl: string): Promise<Cluster> {
  const dataDir = mkdtempSync(join(tmpdir(), 'threshold-bench-cluster-'));
  const nodes: BenchNode[] = [];
  const stop = async () => {
    await Promise.all(nodes.map((n) => stopNode(n.child)));
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < count; i++) {
      const port = await freePort();
      const nodeId = `bench-node-${i + 1}`;
      // Request limits are off: the couriers here call far faster than people. One customer follows every door's
      // live stream, more than a person's default of 5.
      const env = {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: String(port),
        NODE_ID: nodeId,
        DATABASE_URL: db.url,
        MQTT_URL: mqttUrl,
        DEMO: 'false',
        LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_MINUTE: '0',
        RATE_LIMIT_SIGN_INS_PER_MINUTE: '0',
        LIVE_STREAMS_PER_CALLER: '100',
      };
      const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'ignore', 'inherit'] });
      remember(child);
      const node = { nodeId, base: `http://127.0.0.1:${port}`, child };
      nodes.push(node);
      await whenReady(node);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { nodes, stop };
}

/** Waits (at most `limitMs`) until every node holds a live partition lease and together they hold all of them. */
export async function partitionsSplit(db: BenchDatabase, nodes: readonly BenchNode[], limitMs: number) {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const rows = await db.query<{ partition: number; owner: string }>(
      `select partition, owner from device_partitions
       where owner is not null and lease_until > (extract(epoch from clock_timestamp()) * 1000)::bigint`,
    );
    const owners = new Map(rows.map((r) => [r.partition, r.owner]));
    const holders = new Set(owners.values());
    if (owners.size === PARTITIONS && nodes.every((n) => holders.has(n.nodeId)) && holders.size === nodes.length) {
      return owners;
    }
    if (Date.now() > deadline) throw new Error(`partitions not split between ${nodes.length} nodes in ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
