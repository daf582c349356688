import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { describe, it } from 'vitest';
import { type ServerProcess, serverEnv, startServer, stopServer } from './server-process.js';

// Several real server processes against one fresh PostgreSQL database and one external broker (docs/operations.md
// "Several nodes"): what `npm run start:cluster` starts, one node at a time so a test can kill one.

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
/** A node starting on a loaded machine (migrations, keys, the broker) may take well over a minute. */
const READY_WITHIN_MS = 120_000;

export interface TestDatabase {
  url: string;
  query<T extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/** A database of its own on the server of `baseUrl` (TEST_DATABASE_URL), dropped afterwards. */
export async function createTestDatabase(baseUrl: string): Promise<TestDatabase> {
  const name = `threshold_cluster_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  // A connection ended by the server (a restart, a terminated backend) is an 'error' event: without a listener the
  // test process would crash. The pool drops that client and opens another for the next query.
  admin.on('error', () => undefined);
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  pool.on('error', () => undefined);
  return {
    url: url.toString(),
    query: async (text, values) => (await pool.query(text, values)).rows,
    async drop() {
      await pool.end();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export interface ClusterNodeProcess extends Pick<ServerProcess, 'child' | 'base'> {
  nodeId: string;
  dataDir: string;
}

async function nodeEnv(
  nodeId: string,
  db: TestDatabase,
  mqttUrl: string,
  demo: boolean,
  extra: NodeJS.ProcessEnv = {},
): Promise<{ dataDir: string; env: NodeJS.ProcessEnv }> {
  const dataDir = mkdtempSync(join(tmpdir(), `threshold-${nodeId}-`));
  const env = { ...(await serverEnv(dataDir)), DATABASE_URL: db.url, MQTT_URL: mqttUrl, NODE_ID: nodeId };
  return { dataDir, env: { ...env, DEMO: demo ? 'true' : 'false', ...extra } };
}

/** The node that runs the demo: its seeded home and its emulated devices, connected to the external broker. */
export async function startDemoNode(
  nodeId: string,
  db: TestDatabase,
  mqttUrl: string,
  timeoutMs?: number,
): Promise<ClusterNodeProcess> {
  const { dataDir, env } = await nodeEnv(nodeId, db, mqttUrl, true);
  const { child, base } = await startServer(env, timeoutMs);
  return { nodeId, dataDir, child, base };
}

/**
 * A plain node, ready once `/readyz` answers 200 (the store and the broker both answer); `extra` is added to its
 * environment (e.g. request limits off for a test that calls faster than people).
 */
export async function startNode(
  nodeId: string,
  db: TestDatabase,
  mqttUrl: string,
  extra: NodeJS.ProcessEnv = {},
): Promise<ClusterNodeProcess> {
  const { dataDir, env } = await nodeEnv(nodeId, db, mqttUrl, false, extra);
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${env.PORT}`;
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${nodeId} exited with ${child.exitCode}`);
    const ready = await fetch(`${base}/readyz`).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) return { nodeId, dataDir, child, base };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${nodeId} not ready within ${READY_WITHIN_MS} ms`);
}

export async function stopNode(node: ClusterNodeProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  await stopServer(node.child as ChildProcess, signal);
  rmSync(node.dataDir, { recursive: true, force: true });
}

/** Owner of each partition whose lease is live now, on the database's clock. */
export async function liveOwners(db: TestDatabase): Promise<Map<number, string>> {
  const rows = await db.query<{ partition: number; owner: string }>(
    `select partition, owner from device_partitions
     where owner is not null and lease_until > (extract(epoch from clock_timestamp()) * 1000)::bigint`,
  );
  return new Map(rows.map((r) => [r.partition, r.owner]));
}

/** Polls `check` every 200 ms until it returns a value, or fails after `timeoutMs` naming `what`. */
export async function eventually<T>(what: string, timeoutMs: number, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export interface SseEvent {
  type: string;
  data: Record<string, unknown>;
}

/** A live event stream read as a browser's EventSource would; `events` fills as frames arrive. */
export async function openEventStream(url: string, auth: string): Promise<{ events: SseEvent[]; close(): void }> {
  const abort = new AbortController();
  const res = await fetch(url, { headers: { authorization: auth }, signal: abort.signal });
  if (res.status !== 200) throw new Error(`event stream answered ${res.status}`);
  const events: SseEvent[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const type = /^event: (.*)$/m.exec(frame)?.[1];
        const data = /^data: (.*)$/m.exec(frame)?.[1];
        if (type && data) events.push({ type, data: JSON.parse(data) as Record<string, unknown> });
        end = buffer.indexOf('\n\n');
      }
    }
  })();
  return { events, close: () => abort.abort() };
}

/** In CI the suites on PostgreSQL and Mosquitto are mandatory: their absence fails there instead of skipping. */
export function failInCiWithout(title: string, ...needed: (string | undefined)[]): void {
  if (needed.every((value) => value) || process.env.CI !== 'true') return;
  describe(title, () => {
    it('needs TEST_DATABASE_URL and TEST_MQTT_URL in CI', () => {
      throw new Error('TEST_DATABASE_URL or TEST_MQTT_URL is not set: this suite must run in CI');
    });
  });
}

/** The real services the cluster suites run on (CI sets both), and what a local run without them is told. */
export const CLUSTER_SERVICES = {
  pgUrl: process.env.TEST_DATABASE_URL,
  mqttUrl: process.env.TEST_MQTT_URL,
  needs: 'needs TEST_DATABASE_URL (PostgreSQL) and TEST_MQTT_URL (an external broker such as Mosquitto)',
};
