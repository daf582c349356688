import type { KyselyPlugin } from 'kysely';
import { expect, it } from 'vitest';
import { type BatchedJob, batchJobHandler, createJobRunner, type JobHandler, type JobLog } from '../src/jobs/runner.js';
import { scheduleJob } from '../src/jobs/schedule.js';
import { fixedClock, isoAt } from '../src/ports.js';
import type { Store } from '../src/store/db.js';
import { describeEachDialect } from './support/stores.js';

// Jobs of a batch handler's kind that one claim returns run as one call and are deleted together; a batch that
// fails runs again job by job, so only the job that fails on its own is retried (jobs/runner.ts).

const T0 = Date.parse('2026-12-02T09:00:00.000Z');

function recordingLog(): JobLog & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info() {}, warn: (_o, msg) => warnings.push(msg), error() {} };
}

/** The store, with every DELETE sent through it counted. */
function countingDeletes(store: Store): { store: Store; deletes: () => number } {
  let n = 0;
  const plugin: KyselyPlugin = {
    transformQuery: ({ node }) => {
      if (node.kind === 'DeleteQueryNode') n++;
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  return { store: { ...store, db: store.db.withPlugin(plugin) }, deletes: () => n };
}

describeEachDialect('jobs run in batches', (getStore) => {
  const jobsOf = (kinds: string[]) =>
    getStore().db.selectFrom('jobs').selectAll().where('kind', 'in', kinds).orderBy('run_at').execute();

  it('hands every claimed job of a batch kind to one call, the others one by one, and deletes them all', async () => {
    const batches: unknown[][] = [];
    const singles: unknown[] = [];
    const single: JobHandler = async (payload) => {
      singles.push(payload);
    };
    const handlers = {
      'b.batched': batchJobHandler(async (jobs: readonly BatchedJob[]) => {
        batches.push(jobs.map((j) => [j.payload, j.ctx.kind, j.ctx.attempt]));
      }),
      'b.single': single,
    };
    for (let i = 1; i <= 3; i++) {
      await scheduleJob(getStore().db, { kind: 'b.batched', runAt: isoAt(T0 - 10 + i), payload: { n: i } });
    }
    await scheduleJob(getStore().db, { kind: 'b.single', runAt: isoAt(T0), payload: 'alone' });
    const log = recordingLog();
    const r = createJobRunner({ store: getStore(), clock: fixedClock(T0), log, handlers, nodeId: 'node-a' });
    expect(await r.runDue()).toBe(4);
    expect(batches).toEqual([
      [
        [{ n: 1 }, 'b.batched', 1],
        [{ n: 2 }, 'b.batched', 1],
        [{ n: 3 }, 'b.batched', 1],
      ],
    ]);
    expect(singles).toEqual(['alone']);
    expect(await jobsOf(['b.batched', 'b.single'])).toEqual([]);
    expect(log.warnings).toEqual([]);
    // A lone job of a batch kind is a batch of one.
    await scheduleJob(getStore().db, { kind: 'b.batched', runAt: isoAt(T0), payload: { n: 4 } });
    expect(await r.runDue()).toBe(1);
    expect(batches.at(-1)).toEqual([[{ n: 4 }, 'b.batched', 1]]);
  });

  it('runs a failed batch job by job: the good ones are done, only the bad one is retried', async () => {
    const seen: unknown[] = [];
    const handlers = {
      'b.picky': batchJobHandler(async (jobs) => {
        for (const job of jobs) if ((job.payload as { bad?: boolean }).bad) throw new Error('bad payload');
        seen.push(...jobs.map((j) => j.payload));
      }),
    };
    await scheduleJob(getStore().db, { kind: 'b.picky', runAt: isoAt(T0 - 3), payload: { n: 1 } });
    await scheduleJob(getStore().db, { kind: 'b.picky', runAt: isoAt(T0 - 2), payload: { bad: true } });
    await scheduleJob(getStore().db, { kind: 'b.picky', runAt: isoAt(T0 - 1), payload: { n: 2 } });
    const log = recordingLog();
    const r = createJobRunner({ store: getStore(), clock: fixedClock(T0), log, handlers, nodeId: 'node-a' });
    expect(await r.runDue()).toBe(3);
    expect(seen.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([{ n: 1 }, { n: 2 }]);
    const left = await jobsOf(['b.picky']);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ payload: '{"bad":true}', attempts: 1, last_error: 'Error: bad payload' });
    expect(log.warnings).toEqual(['job batch failed; one by one', 'job failed; will retry']);
  });

  it('deletes every job one pass ran in one statement, and keeps the one that failed for its retry', async () => {
    const ran: unknown[] = [];
    const handlers: Record<string, JobHandler> = {
      'p.batched': batchJobHandler(async (jobs) => {
        ran.push(...jobs.map((j) => j.payload));
      }),
      'p.single': async (payload) => {
        if (payload === 'bad') throw new Error('refused');
        ran.push(payload);
      },
    };
    for (const [i, payload] of ['one', 'two', 'bad'].entries()) {
      await scheduleJob(getStore().db, { kind: 'p.single', runAt: isoAt(T0 - 10 + i), payload });
    }
    for (let n = 1; n <= 2; n++) {
      await scheduleJob(getStore().db, { kind: 'p.batched', runAt: isoAt(T0 - 5 + n), payload: { n } });
    }
    const counter = countingDeletes(getStore());
    const log = recordingLog();
    const r = createJobRunner({ store: counter.store, clock: fixedClock(T0), log, handlers, nodeId: 'node-a' });
    expect(await r.runDue()).toBe(5);
    expect(ran.map((p) => JSON.stringify(p)).sort()).toEqual(['"one"', '"two"', '{"n":1}', '{"n":2}']);
    expect(counter.deletes()).toBe(1);
    const left = await jobsOf(['p.batched', 'p.single']);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ payload: '"bad"', attempts: 1, last_error: 'Error: refused', locked_by: null });
    // A pass that claims nothing deletes nothing.
    expect(await r.runDue()).toBe(0);
    expect(counter.deletes()).toBe(1);
  });
});
