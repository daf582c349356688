import { tmpdir } from 'node:os';
import { sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { retryDelayMs } from '../src/jobs/backoff.js';
import { claimDueJobs } from '../src/jobs/claim.js';
import { createJobRunner, type JobHandler, type JobLog, startJobRunner } from '../src/jobs/runner.js';
import { cancelJob, scheduleJob } from '../src/jobs/schedule.js';
import { fixedClock, isoAt } from '../src/ports.js';
import { openStore, type Store } from '../src/store/db.js';
import { describeEachDialect } from './support/stores.js';

const T0 = Date.parse('2026-11-25T09:00:00.000Z');
let n = 0;
const kind = () => `test.kind${++n}`;

function recorder() {
  const runs: unknown[] = [];
  const handler: JobHandler = async (payload) => {
    runs.push(payload);
  };
  return { runs, handler };
}

function recordingLog(): JobLog & { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  return { errors, warnings, info() {}, warn: (_o, msg) => warnings.push(msg), error: (_o, msg) => errors.push(msg) };
}

const jobsOfKind = (store: Store, k: string) => store.db.selectFrom('jobs').selectAll().where('kind', '=', k).execute();

describeEachDialect('durable jobs', (getStore) => {
  const runner = (k: string, handler: JobHandler, clock = fixedClock(T0), extra = {}) =>
    createJobRunner({
      store: getStore(),
      clock,
      log: recordingLog(),
      handlers: { [k]: handler },
      nodeId: 'node-a',
      ...extra,
    });

  it('runs due jobs once and leaves future ones waiting until their time', async () => {
    const k = kind();
    const { runs, handler } = recorder();
    const clock = fixedClock(T0);
    await scheduleJob(getStore().db, { kind: k, runAt: isoAt(T0 - 1000), payload: { n: 1 } });
    await scheduleJob(getStore().db, { kind: k, runAt: isoAt(T0), payload: { n: 2 } });
    await scheduleJob(getStore().db, { kind: k, runAt: isoAt(T0 + 60_000), payload: { n: 3 } });
    const r = runner(k, handler, clock);
    expect(await r.runDue()).toBe(2);
    expect(await r.runDue()).toBe(0);
    expect(runs).toEqual([{ n: 1 }, { n: 2 }]);
    clock.advance(59_999);
    expect(await r.runDue()).toBe(0);
    clock.advance(1);
    expect(await r.runDue()).toBe(1);
    expect(runs).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(await jobsOfKind(getStore(), k)).toEqual([]);
  });

  it('replaces a job scheduled again under the same key, and cancels by key', async () => {
    const k = kind();
    const { runs, handler } = recorder();
    await scheduleJob(getStore().db, { key: `${k}:timer`, kind: k, runAt: isoAt(T0), payload: 'first' });
    await scheduleJob(getStore().db, { key: `${k}:timer`, kind: k, runAt: isoAt(T0), payload: 'second' });
    await scheduleJob(getStore().db, { key: `${k}:other`, kind: k, runAt: isoAt(T0), payload: 'cancelled' });
    expect(await cancelJob(getStore().db, `${k}:other`)).toBe(true);
    expect(await cancelJob(getStore().db, `${k}:other`)).toBe(false);
    expect((await jobsOfKind(getStore(), k)).length).toBe(1);
    expect(await runner(k, handler).runDue()).toBe(1);
    expect(runs).toEqual(['second']);
  });

  it('retries a failing handler with exponential backoff, then gives up and keeps the job with its error', async () => {
    const k = kind();
    const clock = fixedClock(T0);
    const log = recordingLog();
    let calls = 0;
    const failing: JobHandler = async () => {
      calls++;
      throw new Error(`boom ${calls}`);
    };
    const r = createJobRunner({
      store: getStore(),
      clock,
      log,
      handlers: { [k]: failing },
      nodeId: 'node-a',
      retry: { baseMs: 1000, maxMs: 3000, maxAttempts: 4 },
    });
    await scheduleJob(getStore().db, { kind: k, runAt: isoAt(T0), payload: null });
    expect(await r.runDue()).toBe(1);
    let [job] = await jobsOfKind(getStore(), k);
    expect(job).toMatchObject({ attempts: 1, run_at: isoAt(T0 + 1000), last_error: 'Error: boom 1', locked_by: null });
    clock.advance(999);
    expect(await r.runDue()).toBe(0);
    clock.advance(1);
    expect(await r.runDue()).toBe(1);
    [job] = await jobsOfKind(getStore(), k);
    expect(job).toMatchObject({ attempts: 2, run_at: isoAt(T0 + 1000 + 2000) });
    clock.advance(2000);
    await r.runDue();
    [job] = await jobsOfKind(getStore(), k);
    expect(job).toMatchObject({ attempts: 3, run_at: isoAt(T0 + 3000 + 3000) }); // capped at maxMs
    clock.advance(3000);
    await r.runDue();
    [job] = await jobsOfKind(getStore(), k);
    expect(job).toMatchObject({ attempts: 4, last_error: 'Error: boom 4', locked_by: null });
    expect(log.warnings.length).toBe(3);
    expect(log.errors).toEqual(['job failed for the last time; kept with last_error']);
    clock.advance(86_400_000);
    expect(await r.runDue()).toBe(0);
    expect(calls).toBe(4);
  });

  it('lets another runner take over a job whose lease expired (its node died)', async () => {
    const k = kind();
    const { runs, handler } = recorder();
    const clock = fixedClock(T0);
    await scheduleJob(getStore().db, { kind: k, runAt: isoAt(T0), payload: 'relock' });
    const dead = await claimDueJobs(getStore(), {
      nodeId: 'node-dead',
      now: isoAt(T0),
      lockedUntil: isoAt(T0 + 30_000),
      limit: 1000,
      maxAttempts: 10,
    });
    expect(dead.filter((j) => j.kind === k).length).toBe(1);
    const other = createJobRunner({
      store: getStore(),
      clock,
      log: recordingLog(),
      handlers: { [k]: handler },
      nodeId: 'node-b',
    });
    clock.advance(29_999);
    await other.runDue();
    expect(runs).toEqual([]);
    clock.advance(1);
    await other.runDue();
    expect(runs).toEqual(['relock']);
  });

  it('wakes on kick, frees its own leases on restart, and stops', async () => {
    const k = kind();
    const { runs, handler } = recorder();
    const clock = fixedClock(T0);
    await scheduleJob(getStore().db, { kind: k, runAt: isoAt(T0), payload: 'left over' });
    await claimDueJobs(getStore(), {
      nodeId: 'node-restarted',
      now: isoAt(T0),
      lockedUntil: isoAt(T0 + 600_000),
      limit: 1000,
      maxAttempts: 10,
    });
    const r = startJobRunner({
      store: getStore(),
      clock,
      log: recordingLog(),
      handlers: { [k]: handler },
      nodeId: 'node-restarted',
      pollMs: 600_000,
    });
    await vi.waitFor(() => expect(runs).toEqual(['left over']));
    await scheduleJob(getStore().db, { kind: k, runAt: isoAt(T0), payload: 'kicked' });
    r.kick();
    await vi.waitFor(() => expect(runs).toEqual(['left over', 'kicked']));
    await r.stop();
    await scheduleJob(getStore().db, { kind: k, runAt: isoAt(T0), payload: 'after stop' });
    r.kick();
    expect(runs).toEqual(['left over', 'kicked']);
    await cancelJob(getStore().db, 'none');
    await getStore().db.deleteFrom('jobs').where('kind', '=', k).execute();
  });

  it('never runs a job twice when two runners on separate connections race for it', async () => {
    const store = getStore();
    const second = store.dialect === 'postgres' ? await sameSchema(store) : store;
    const k = kind();
    const counts = new Map<string, number>();
    const handler: JobHandler = async (payload) => {
      counts.set(payload as string, (counts.get(payload as string) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 1));
    };
    for (let i = 0; i < 60; i++) await scheduleJob(store.db, { kind: k, runAt: isoAt(T0), payload: `job${i}` });
    const options = { clock: fixedClock(T0), log: recordingLog(), handlers: { [k]: handler }, batchSize: 5 };
    const a = createJobRunner({ ...options, store, nodeId: 'node-a' });
    const b = createJobRunner({ ...options, store: second, nodeId: 'node-b' });
    const drain = async (r: typeof a) => {
      while ((await r.runDue()) > 0);
    };
    await Promise.all([drain(a), drain(b), drain(a), drain(b)]);
    if (second !== store) await second.close();
    expect(counts.size).toBe(60);
    expect([...counts.values()].every((c) => c === 1)).toBe(true);
  });
});

/** A second pool on the same PostgreSQL schema: what another node would have. */
async function sameSchema(store: Store): Promise<Store> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(store.db);
  return openStore({ databaseUrl: process.env.TEST_DATABASE_URL, dataDir: tmpdir(), pgSchema: rows[0]!.schema });
}

describe('retry delay', () => {
  it('doubles from the base up to the cap', () => {
    const policy = { baseMs: 1000, maxMs: 5000, maxAttempts: 9 };
    expect([1, 2, 3, 4, 5].map((a) => retryDelayMs(policy, a))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });
});
